namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>A credential together with its key in plain text: the only moment the key is visible.</summary>
public sealed record IssuedApiKey(Guid CredentialId, Guid TenantId, string Username, string ApiKey);
