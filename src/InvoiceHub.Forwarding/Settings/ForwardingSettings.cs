namespace InvoiceHub.Forwarding.Settings;

/// <summary>A tenant's forwarding channels and their settings (secrets kept protected by ASP.NET Core data protection).</summary>
internal sealed class ForwardingSettings
{
    public Guid TenantId { get; init; }

    /// <summary>Product notes, section 1: sales invoices archived without delivery to the customer go to the accountant only when on.</summary>
    public bool ForwardSalesArchivedWithoutDelivery { get; set; }

    public bool MailEnabled { get; set; }

    public string? MailHost { get; set; }

    public int MailPort { get; set; } = 587;

    public MailTlsMode MailTls { get; set; } = MailTlsMode.StartTls;

    public string? MailUser { get; set; }

    public string? MailPasswordProtected { get; set; }

    public string? MailSender { get; set; }

    public string? MailRecipient { get; set; }

    public bool WebhookEnabled { get; set; }

    public string? WebhookUrl { get; set; }

    public string? WebhookSecretProtected { get; set; }

    /// <summary>Off by default: a webhook to a private or loopback address could reach into the operator's network.</summary>
    public bool WebhookAllowPrivateTargets { get; set; }

    public int WebhookTimeoutSeconds { get; set; } = 20;

    public bool DatevEnabled { get; set; }

    public int? DatevConsultantNumber { get; set; }

    public int? DatevClientNumber { get; set; }

    /// <summary>Month (1-12) in which the fiscal year starts; the year comes from the exported period.</summary>
    public int DatevFiscalYearStartMonth { get; set; } = 1;

    public int DatevAccountLength { get; set; } = 4;

    public DatevChart DatevChart { get; set; } = DatevChart.Skr03;

    /// <summary>Folder the daily batch is written to (on the server); empty: batches are only downloaded.</summary>
    public string? DatevTargetFolder { get; set; }

    /// <summary>Default accounts per direction and tax rate, used where an invoice has no account assignment of its own.</summary>
    public List<DatevAccountRule> DatevAccounts { get; set; } = [];
}
