namespace InvoiceHub.Parties.Contracts;

/// <summary>Reads and stores a tenant's <see cref="AccountNumbering"/> (the admin settings page); the caller has checked it.</summary>
public interface IAccountNumbering
{
    Task<AccountNumbering> GetAsync(Guid tenantId, CancellationToken cancellationToken);

    Task SaveAsync(Guid tenantId, AccountNumbering numbering, CancellationToken cancellationToken);
}
