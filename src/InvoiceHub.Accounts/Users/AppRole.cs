using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users;

/// <summary>One of the fixed roles in <see cref="Roles"/>.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();

    public AppRole(string name) : this() => Name = name;
}
