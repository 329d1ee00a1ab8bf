namespace InvoiceHub.Accounts.Users.CreateUser;

/// <summary>A person an admin adds to a tenant: their role there and the extra permissions.</summary>
public sealed record NewUser(string? Email, string? DisplayName, string? Role, IReadOnlyList<string>? Permissions);
