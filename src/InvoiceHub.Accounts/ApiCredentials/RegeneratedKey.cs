namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>The outcome of regenerating a credential's key: the new key, or none because the credential is revoked.</summary>
public sealed record RegeneratedKey(IssuedApiKey? Issued, bool Revoked);
