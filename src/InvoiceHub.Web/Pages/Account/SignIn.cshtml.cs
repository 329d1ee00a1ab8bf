using System.Globalization;
using InvoiceHub.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Pages.Account;

/// <summary>E-mail and password sign-in: one answer for unknown e-mails and wrong passwords, rate-limited failures.</summary>
internal sealed class SignInModel(PasswordSignIn signIn, IOptions<SignInSettings> settings) : PageModel
{
    public const string WrongCredentials = "Wrong e-mail address or password.";

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

        switch (await signIn.SignInAsync(Email, Password, HttpContext.Connection.RemoteIpAddress))
        {
            case PasswordSignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case PasswordSignInOutcome.LockedOut:
                ErrorMessage = "This account is locked after too many failed sign-ins. Try again later or ask an administrator.";
                break;
            case PasswordSignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
            case PasswordSignInOutcome.Throttled:
                var minutes = (int)Math.Ceiling(settings.Value.Window.TotalMinutes);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)settings.Value.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                ErrorMessage = $"Too many failed sign-ins. Wait up to {minutes} minutes and try again.";
                break;
            default:
                ErrorMessage = WrongCredentials;
                break;
        }

        return Page();
    }
}
