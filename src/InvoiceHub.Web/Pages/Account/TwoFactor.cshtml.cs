using FluentValidation;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Accounts.Users.TwoFactor;
using InvoiceHub.Web.Admin.Forms;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Account;

/// <summary>
/// The second sign-in step: after the right password of a user with two-factor sign-in, the code of their
/// authenticator app (or one of their recovery codes). Identity keeps who is half-signed-in in its own short-lived
/// cookie; wrong codes count towards the account's lockout like wrong passwords.
/// </summary>
internal sealed class TwoFactorModel(SignInManager<AppUser> signIn, IValidator<AuthenticatorCodeInput> validator) : PageModel
{
    public const string WrongCode = "That code is not right. Enter the code your authenticator app shows now, or a recovery code.";

    [BindProperty]
    public AuthenticatorCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            ErrorMessage = "The sign-in took too long. Sign in with your password again.";
            return Page();
        }

        if (!await this.ValidateAsync(validator, Input, nameof(Input), cancellationToken))
        {
            return Page();
        }

        // Recovery codes are stored as shown (xxxxx-xxxxx); an app's code may be typed with a space in the middle.
        var result = Input.IsRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync((Input.Code ?? "").Replace(" ", "", StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorHandler.Normalize(Input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            ErrorMessage = "This account is locked after too many failed sign-ins. Try again later or ask an administrator.";
            return Page();
        }

        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", WrongCode);
        return Page();
    }
}
