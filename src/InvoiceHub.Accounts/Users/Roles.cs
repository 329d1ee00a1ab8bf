namespace InvoiceHub.Accounts.Users;

/// <summary>The roles a user can hold. Accountants may read but never change anything.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Bookkeeper = "Bookkeeper";
    public const string Accountant = "Accountant";

    public static IReadOnlyList<string> All { get; } = [Admin, Bookkeeper, Accountant];
}
