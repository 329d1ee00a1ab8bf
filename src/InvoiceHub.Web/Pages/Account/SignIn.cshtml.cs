using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Account;

/// <summary>E-mail and password sign-in with lockout after repeated failures.</summary>
internal sealed class SignInModel(SignInManager<AppUser> signInManager, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ErrorMessage = "Enter your e-mail address and password.";
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for locked-out user {Email}", Email);
            ErrorMessage = "This account is locked after too many failed sign-ins. Try again later or ask an administrator.";
        }
        else
        {
            ErrorMessage = "Wrong e-mail address or password.";
        }

        return Page();
    }
}
