namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>Who is calling the connector: the credential's user name and its tenant.</summary>
public sealed record ApiClientIdentity(Guid CredentialId, Guid TenantId, string Username, IReadOnlyList<string> Permissions);
