namespace InvoiceHub.Forwarding.Contracts;

/// <summary>A tenant's forwarding settings as the admin page and the API edit them. A null password keeps the stored one.</summary>
public sealed record ChannelSettingsInput
{
    public bool ForwardSalesArchivedWithoutDelivery { get; init; }

    public bool MailEnabled { get; init; }

    public string? MailHost { get; init; }

    public int MailPort { get; init; } = 587;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string MailTls { get; init; } = "StartTls";

    public string? MailUser { get; init; }

    public string? MailPassword { get; init; }

    public string? MailSender { get; init; }

    public string? MailRecipient { get; init; }

    public bool WebhookEnabled { get; init; }

    public string? WebhookUrl { get; init; }

    public bool WebhookAllowPrivateTargets { get; init; }

    public int WebhookTimeoutSeconds { get; init; } = 20;

    public bool DatevEnabled { get; init; }

    public int? DatevConsultantNumber { get; init; }

    public int? DatevClientNumber { get; init; }

    public int DatevFiscalYearStartMonth { get; init; } = 1;

    public int DatevAccountLength { get; init; } = 4;

    /// <summary>Skr03 or Skr04.</summary>
    public string DatevChart { get; init; } = "Skr03";

    public string? DatevTargetFolder { get; init; }
}
