namespace InvoiceHub.EInvoicing.Model;

/// <summary>A payment account for credit transfer (BG-17).</summary>
public sealed record CreditTransfer
{
    /// <summary>BT-84 payment account identifier (IBAN, or a domestic account number; CII IBANID or ProprietaryID).</summary>
    public string? AccountId { get; init; }

    /// <summary>BT-85 payment account name.</summary>
    public string? AccountName { get; init; }

    /// <summary>BT-86 payment service provider identifier (BIC).</summary>
    public string? ServiceProviderId { get; init; }

    /// <summary>Danish bank registration number (OIOUBL means 42: FinancialInstitutionBranch/ID, 4 digits).</summary>
    public string? BranchId { get; init; }
}
