using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Account;

/// <summary>
/// Sign-out is a POST (with antiforgery) so that a link on another site cannot sign a user out. It ends the session
/// on the server too: a new security stamp makes every cookie issued before (a copied one included) invalid on its
/// next request (<see cref="Identity.SessionValidation"/>).
/// </summary>
internal sealed class SignOutModel(SignInManager<AppUser> signInManager, UserManager<AppUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
