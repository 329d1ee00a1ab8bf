using System.Net.Mail;
using FluentValidation;

namespace InvoiceHub.Accounts.Users.CreateUser;

/// <summary>The new user's fields; whether the e-mail has an account already is the handler's question.</summary>
internal sealed class NewUserValidator : AbstractValidator<NewUser>
{
    public const int MaxLength = 200;

    public NewUserValidator()
    {
        RuleFor(x => x.Email).Must(IsAddress)
            .WithErrorCode("email").WithMessage("Enter an e-mail address such as anna@example.com.");
        RuleFor(x => x.DisplayName).Must(name => (name?.Trim().Length ?? 0) is > 0 and <= MaxLength && !name!.Any(char.IsControl))
            .WithErrorCode("display-name").WithMessage($"Enter the person's name (1 to {MaxLength} characters).");
        RuleFor(x => x.Role).Role();
        RuleFor(x => x.Permissions).KnownPermissions();
    }

    // MailAddress also accepts "Anna <anna@example.com>"; only the bare address is an account's name.
    private static bool IsAddress(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        return trimmed.Length is > 0 and <= MaxLength && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed;
    }
}
