using InvoiceHub.Accounts.Users;
using InvoiceHub.Accounts.Users.ChangePassword;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Profile;

/// <summary>A person's own account: their password (a one-time one must be replaced here first).</summary>
internal sealed class AccountModel(ChangePasswordHandler changePassword, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool MustChange => User.HasClaim(AccountClaimTypes.MustChangePassword, "true");

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await changePassword.HandleAsync(User, CurrentPassword ?? "", NewPassword ?? "", ConfirmPassword ?? "", cancellationToken);
        if (result.Value is not { } user)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }

            // Passwords are never echoed back into the form.
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Notice = "Your password is changed.";
        return MustChange ? Redirect("/") : RedirectToPage();
    }
}
