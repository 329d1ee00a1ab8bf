using System.Text.RegularExpressions;
using FluentValidation;
using InvoiceHub.Accounts.Users.TwoFactor;

namespace InvoiceHub.Web.Admin.Forms;

/// <summary>An app's code is 6 digits (spaces allowed, as apps show it); a recovery code is shorter than 20 characters.</summary>
internal sealed partial class AuthenticatorCodeValidator : AbstractValidator<AuthenticatorCodeInput>
{
    public AuthenticatorCodeValidator()
    {
        RuleFor(x => x.Code)
            .NotEmpty().WithErrorCode("two-factor-code-missing").WithMessage("Enter the code.")
            .MaximumLength(20);
        RuleFor(x => x.Code)
            .Must(code => SixDigits().IsMatch(TwoFactorHandler.Normalize(code)))
            .When(x => !x.IsRecoveryCode && !string.IsNullOrEmpty(x.Code) && x.Code.Length <= 20)
            .WithErrorCode("two-factor-code-format").WithMessage("The code is the 6 digits your authenticator app shows, such as 123 456.");
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
