using FluentValidation;

namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>A credential's user name; whether it is taken is the service's question.</summary>
internal sealed class NewCredentialValidator : AbstractValidator<NewCredential>
{
    public const int MaxLength = 100;

    public NewCredentialValidator() =>
        RuleFor(x => x.Username)
            .Must(name => (name?.Trim().Length ?? 0) is > 0 and <= MaxLength && !name!.Contains(':', StringComparison.Ordinal) && !name.Any(char.IsControl))
            .WithErrorCode("credential-username")
            .WithMessage($"A user name has 1 to {MaxLength} characters and no colon (it is sent in HTTP Basic authentication).");
}
