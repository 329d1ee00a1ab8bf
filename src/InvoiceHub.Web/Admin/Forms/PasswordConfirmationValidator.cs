using FluentValidation;

namespace InvoiceHub.Web.Admin.Forms;

internal sealed class PasswordConfirmationValidator : AbstractValidator<PasswordConfirmationInput>
{
    public PasswordConfirmationValidator() =>
        RuleFor(x => x.Password)
            .NotEmpty().WithErrorCode("password-missing").WithMessage("Enter your password.")
            .MaximumLength(256);
}
