namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>A connector credential to create (the credentials page's form and the admin API's body <c>{"username"}</c>).</summary>
public sealed record NewCredential(string? Username);
