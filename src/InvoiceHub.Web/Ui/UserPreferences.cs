using System.Security.Claims;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Ui;

/// <summary>Stores a person's tenant and language choice and refreshes their cookie so the next request sees it.</summary>
internal sealed class UserPreferences(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    public async Task<bool> SetAsync(ClaimsPrincipal principal, string claimType, string value)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return false;
        }

        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == claimType).ToList();
        if (existing.Count > 0)
        {
            await users.RemoveClaimsAsync(user, existing);
        }

        await users.AddClaimAsync(user, new Claim(claimType, value));
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}
