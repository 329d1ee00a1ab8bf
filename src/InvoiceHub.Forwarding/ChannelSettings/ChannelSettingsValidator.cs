using FluentValidation;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Settings;
using MimeKit;

namespace InvoiceHub.Forwarding.ChannelSettings;

/// <summary>The rules of a tenant's channel settings: one set for the admin page, the admin API and the handler.</summary>
internal sealed class ChannelSettingsValidator : AbstractValidator<ChannelSettingsInput>
{
    public ChannelSettingsValidator()
    {
        RuleFor(x => x.MailTls).Must(v => Enum.TryParse<MailTlsMode>(v, ignoreCase: true, out _)).WithMessage("Choose None, StartTls or SslOnConnect.");
        When(x => x.MailEnabled, () =>
        {
            RuleFor(x => x.MailHost).NotEmpty().WithMessage("The SMTP server is required.");
            RuleFor(x => x.MailPort).InclusiveBetween(1, 65535).WithMessage("A port from 1 to 65535.");
            RuleFor(x => x.MailSender).Must(v => MailboxAddress.TryParse(v, out _)).WithMessage("A valid sender address is required.");
            RuleFor(x => x.MailRecipient).Must(v => InternetAddressList.TryParse(v, out var list) && list.Count > 0).WithMessage("A valid recipient address is required.");
        });
        RuleFor(x => x.MailHost).MaximumLength(255);
        RuleFor(x => x.MailUser).MaximumLength(255);
        RuleFor(x => x.MailPassword).MaximumLength(500);
        RuleFor(x => x.MailSender).MaximumLength(320);
        RuleFor(x => x.MailRecipient).MaximumLength(1000);
        RuleFor(x => x.WebhookUrl).MaximumLength(2000);
        RuleFor(x => x.WebhookUrl)
            .Must((input, url) => Uri.TryCreate(url, UriKind.Absolute, out var parsed)
                && (parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && input.WebhookAllowPrivateTargets)))
            .When(x => x.WebhookEnabled)
            .WithMessage("An https:// URL is required (http:// only with private targets allowed).");
        RuleFor(x => x.WebhookTimeoutSeconds).InclusiveBetween(1, 60).WithMessage("From 1 to 60 seconds.");
        RuleFor(x => x.DatevChart).Must(v => Enum.TryParse<DatevChart>(v, ignoreCase: true, out _)).WithMessage("Choose Skr03 or Skr04.");
        RuleFor(x => x.DatevConsultantNumber).InclusiveBetween(1001, 9999999).When(x => x.DatevConsultantNumber is not null)
            .WithMessage("A consultant number from 1001 to 9999999.");
        RuleFor(x => x.DatevClientNumber).InclusiveBetween(1, 99999).When(x => x.DatevClientNumber is not null)
            .WithMessage("A client number from 1 to 99999.");
        RuleFor(x => x.DatevAccountLength).InclusiveBetween(4, 8).WithMessage("An account length from 4 to 8.");
        RuleFor(x => x.DatevFiscalYearStartMonth).InclusiveBetween(1, 12).WithMessage("A month from 1 to 12.");
        RuleFor(x => x.DatevConsultantNumber).NotNull().When(x => x.DatevEnabled).WithMessage("DATEV needs the consultant and the client number.");
        RuleFor(x => x.DatevClientNumber).NotNull().When(x => x.DatevEnabled && x.DatevConsultantNumber is not null)
            .WithMessage("DATEV needs the consultant and the client number.");
        RuleFor(x => x.DatevTargetFolder).MaximumLength(1000);
        RuleForEach(x => x.DatevAccounts)
            .Must(a => a.Account is { Length: >= 1 and <= 9 } && a.Account.All(char.IsAsciiDigit) && (a.TaxKey is not { } key || (key.Length <= 4 && key.All(char.IsAsciiDigit))))
            .WithMessage((_, a) => $"Account {a.Account} / tax key {a.TaxKey}: an account has 1 to 9 digits, a tax key up to 4 digits.")
            .OverridePropertyName(nameof(ChannelSettingsInput.DatevAccounts));
    }
}
