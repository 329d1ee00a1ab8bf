using FluentValidation;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Accounts.Users.ChangePassword;
using InvoiceHub.Accounts.Users.TwoFactor;
using InvoiceHub.Web.Admin.Forms;
using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Profile;

/// <summary>
/// A person's own account: their password (a one-time one must be replaced here first), their language, and
/// two-factor sign-in with an authenticator app (which their tenant may require before anything else).
/// </summary>
internal sealed class AccountModel(
    ChangePasswordHandler changePassword,
    TwoFactorHandler twoFactor,
    IValidator<AuthenticatorCodeInput> codeValidator,
    IValidator<PasswordConfirmationInput> passwordValidator,
    SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty]
    public AuthenticatorCodeInput Enrol { get; set; } = new();

    [BindProperty]
    public PasswordConfirmationInput TwoFactorChange { get; set; } = new();

    public AuthenticatorSetup? TwoFactor { get; private set; }

    /// <summary>Shown once, right after enrolment or renewal.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public bool MustChange => User.HasClaim(AccountClaimTypes.MustChangePassword, "true");

    public bool MustEnrol => User.HasClaim(AccountClaimTypes.MustEnrolTwoFactor, "true");

    public string Culture => User.FindFirst(UserPreferenceClaims.Culture)?.Value ?? System.Globalization.CultureInfo.CurrentUICulture.Name;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadTwoFactorAsync();

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
            await LoadTwoFactorAsync();
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Notice = "Your password is changed.";
        return MustChange && !MustEnrol ? Redirect("/") : RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (await this.ValidateAsync(codeValidator, Enrol, nameof(Enrol), cancellationToken))
        {
            var result = await twoFactor.EnableAsync(User, Enrol.Code ?? "", cancellationToken);
            if (result.Succeeded)
            {
                var (user, codes) = result.Value;
                await signIn.RefreshSignInAsync(user);
                RecoveryCodes = codes;
                Notice = "Two-factor sign-in is on. From now on you enter a code from the app after your password.";
                await LoadTwoFactorAsync();
                return Page();
            }

            AddErrors(result.Errors, nameof(Enrol));
        }

        await LoadTwoFactorAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (await this.ValidateAsync(passwordValidator, TwoFactorChange, nameof(TwoFactorChange), cancellationToken))
        {
            var result = await twoFactor.DisableAsync(User, TwoFactorChange.Password ?? "", cancellationToken);
            if (result.Value is { } user)
            {
                await signIn.RefreshSignInAsync(user);
                Notice = "Two-factor sign-in is off.";
                return RedirectToPage();
            }

            AddErrors(result.Errors, nameof(TwoFactorChange));
        }

        await LoadTwoFactorAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (await this.ValidateAsync(passwordValidator, TwoFactorChange, nameof(TwoFactorChange), cancellationToken))
        {
            var result = await twoFactor.RenewRecoveryCodesAsync(User, TwoFactorChange.Password ?? "", cancellationToken);
            if (result.Succeeded)
            {
                RecoveryCodes = result.Value.RecoveryCodes;
                Notice = "New recovery codes: the old ones no longer work.";
                await LoadTwoFactorAsync();
                return Page();
            }

            AddErrors(result.Errors, nameof(TwoFactorChange));
        }

        await LoadTwoFactorAsync();
        return Page();
    }

    private void AddErrors(IReadOnlyDictionary<string, string> errors, string prefix)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{prefix}.{field}", message);
        }
    }

    private async Task LoadTwoFactorAsync()
    {
        if (await twoFactor.GetAsync(User) is not { } state)
        {
            return;
        }

        TwoFactor = state.Setup;
        if (state.KeyCreated)
        {
            // Creating the key renewed the security stamp, which would end this session on the next request.
            await signIn.RefreshSignInAsync(state.User);
        }
    }
}
