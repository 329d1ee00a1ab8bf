namespace InvoiceHub.Accounts.Users.CreateUser;

/// <summary>The new user and their one-time password: shown to the admin once, changed by the user at first sign-in.</summary>
public sealed record CreatedUser(Guid UserId, string Email, string OneTimePassword);
