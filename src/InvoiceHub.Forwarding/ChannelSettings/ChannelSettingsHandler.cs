using System.Text;
using InvoiceHub.Forwarding.Channels.Datev;
using InvoiceHub.Forwarding.Channels.Mail;
using InvoiceHub.Forwarding.Channels.Webhook;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Forwarding.Settings;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace InvoiceHub.Forwarding.ChannelSettings;

/// <summary>Reads and saves a tenant's channels, issues webhook secrets (shown once) and runs a channel's test.</summary>
public sealed class ChannelSettingsHandler
{
    private static readonly ChannelSettingsValidator _validator = new();

    private readonly ForwardingDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly MailSender _mail;
    private readonly WebhookSender _webhook;
    private readonly TimeProvider _clock;

    internal ChannelSettingsHandler(ForwardingDbContext db, SecretProtector secrets, MailSender mail, WebhookSender webhook, TimeProvider clock)
    {
        _db = db;
        _secrets = secrets;
        _mail = mail;
        _webhook = webhook;
        _clock = clock;
    }

    public async Task<ChannelSettingsInput> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var s = await _db.Settings.AsNoTracking().SingleOrDefaultAsync(x => x.TenantId == tenantId, cancellationToken) ?? New(tenantId);
        return new ChannelSettingsInput
        {
            ForwardSalesArchivedWithoutDelivery = s.ForwardSalesArchivedWithoutDelivery,
            MailEnabled = s.MailEnabled,
            MailHost = s.MailHost,
            MailPort = s.MailPort,
            MailTls = s.MailTls.ToString(),
            MailUser = s.MailUser,
            MailSender = s.MailSender,
            MailRecipient = s.MailRecipient,
            WebhookEnabled = s.WebhookEnabled,
            WebhookUrl = s.WebhookUrl,
            WebhookAllowPrivateTargets = s.WebhookAllowPrivateTargets,
            WebhookTimeoutSeconds = s.WebhookTimeoutSeconds,
            DatevEnabled = s.DatevEnabled,
            DatevConsultantNumber = s.DatevConsultantNumber,
            DatevClientNumber = s.DatevClientNumber,
            DatevFiscalYearStartMonth = s.DatevFiscalYearStartMonth,
            DatevAccountLength = s.DatevAccountLength,
            DatevChart = s.DatevChart.ToString(),
            DatevTargetFolder = s.DatevTargetFolder,
            DatevAccounts = [.. s.DatevAccounts.Select(a => new DatevAccountInput(a.Direction, a.Rate, a.Account, a.TaxKey))],
        };
    }

    public async Task<bool> HasWebhookSecretAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await _db.Settings.AnyAsync(s => s.TenantId == tenantId && s.WebhookSecretProtected != null, cancellationToken);

    /// <summary>Saves the settings; returns the field errors (by input property name) and saves nothing when there are any.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(Guid tenantId, ChannelSettingsInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return errors;
        }

        var s = await _db.Settings.SingleOrDefaultAsync(x => x.TenantId == tenantId, cancellationToken);
        if (s is null)
        {
            s = New(tenantId);
            _db.Settings.Add(s);
        }

        s.ForwardSalesArchivedWithoutDelivery = input.ForwardSalesArchivedWithoutDelivery;
        s.MailEnabled = input.MailEnabled;
        s.MailHost = Trim(input.MailHost);
        s.MailPort = input.MailPort;
        s.MailTls = Enum.Parse<MailTlsMode>(input.MailTls, ignoreCase: true);
        s.MailUser = Trim(input.MailUser);
        if (!string.IsNullOrEmpty(input.MailPassword))
        {
            s.MailPasswordProtected = _secrets.Protect(input.MailPassword);
        }

        s.MailSender = Trim(input.MailSender);
        s.MailRecipient = Trim(input.MailRecipient);
        s.WebhookEnabled = input.WebhookEnabled;
        s.WebhookUrl = Trim(input.WebhookUrl);
        s.WebhookAllowPrivateTargets = input.WebhookAllowPrivateTargets;
        s.WebhookTimeoutSeconds = input.WebhookTimeoutSeconds;
        var chart = Enum.Parse<DatevChart>(input.DatevChart, ignoreCase: true);
        if (input.DatevAccounts is { } accounts)
        {
            s.DatevAccounts = [.. accounts.Select(a => new DatevAccountRule { Direction = a.Direction, Rate = a.Rate, Account = a.Account, TaxKey = a.TaxKey })];
        }
        else if (s.DatevAccounts.Count == 0 || s.DatevChart != chart)
        {
            s.DatevAccounts = DatevMapper.Defaults(chart);
        }

        s.DatevEnabled = input.DatevEnabled;
        s.DatevConsultantNumber = input.DatevConsultantNumber;
        s.DatevClientNumber = input.DatevClientNumber;
        s.DatevFiscalYearStartMonth = input.DatevFiscalYearStartMonth;
        s.DatevAccountLength = input.DatevAccountLength;
        s.DatevChart = chart;
        s.DatevTargetFolder = Trim(input.DatevTargetFolder);
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return errors;
    }

    /// <summary>Issues a new webhook signing secret and returns it: the only time it is shown.</summary>
    public async Task<string> NewWebhookSecretAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var secret = WebhookSignature.NewSecret();
        var s = await _db.Settings.SingleOrDefaultAsync(x => x.TenantId == tenantId, cancellationToken);
        if (s is null)
        {
            s = New(tenantId);
            _db.Settings.Add(s);
        }

        s.WebhookSecretProtected = _secrets.Protect(secret);
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return secret;
    }

    public async Task<IReadOnlyList<ChannelTestView>> LastTestsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await _db.ChannelTests.AsNoTracking().Where(t => t.TenantId == tenantId)
            .Select(t => new ChannelTestView(t.Channel, t.At, t.Succeeded, t.Message)).ToListAsync(cancellationToken);

    /// <summary>Runs the channel's test (a test mail, a signed ping, a check of the DATEV settings and folder) and keeps its result.</summary>
    public async Task<ChannelTestView> TestAsync(Guid tenantId, Channel channel, CancellationToken cancellationToken)
    {
        var settings = await _db.Settings.AsNoTracking().SingleOrDefaultAsync(x => x.TenantId == tenantId, cancellationToken) ?? New(tenantId);
        var result = channel switch
        {
            Channel.Mail => await _mail.SendAsync(
                new MimeMessage { Subject = "InvoiceHub: test of the e-mail channel", Body = new TextPart("plain") { Text = "This is a test message from InvoiceHub's forwarding settings." } },
                settings, cancellationToken),
            Channel.Webhook => await _webhook.PostAsync($"test_{Guid.NewGuid():N}",
                Encoding.UTF8.GetBytes($$"""{"type":"ping","timestamp":"{{_clock.GetUtcNow():O}}"}"""), settings, cancellationToken),
            _ => CheckDatev(settings),
        };
        var at = _clock.GetUtcNow();
        var test = await _db.ChannelTests.SingleOrDefaultAsync(t => t.TenantId == tenantId && t.Channel == channel, cancellationToken);
        if (test is null)
        {
            test = new ChannelTest { TenantId = tenantId, Channel = channel, Message = "" };
            _db.ChannelTests.Add(test);
        }

        test.At = at;
        test.Succeeded = result.Outcome == SendOutcome.Delivered;
        test.Message = result.Message;
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return new ChannelTestView(channel, at, test.Succeeded, test.Message);
    }

    private static SendResult CheckDatev(ForwardingSettings settings)
    {
        var missing = DatevBatchBuilder.MissingSettings(settings);
        if (missing.Count > 0)
        {
            return SendResult.Stop($"Missing DATEV settings: {string.Join(", ", missing)}.");
        }

        if (string.IsNullOrWhiteSpace(settings.DatevTargetFolder))
        {
            return SendResult.Delivered("Settings complete; no target folder, so batches are only downloaded.");
        }

        try
        {
            Directory.CreateDirectory(settings.DatevTargetFolder);
            var probe = Path.Combine(settings.DatevTargetFolder, $".invoicehub-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "test");
            File.Delete(probe);
            return SendResult.Delivered($"Settings complete; the target folder {settings.DatevTargetFolder} is writable.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SendResult.Stop($"The target folder {settings.DatevTargetFolder} is not writable: {exception.Message}");
        }
    }

    private static Dictionary<string, string> Validate(ChannelSettingsInput input)
    {
        var errors = new Dictionary<string, string>();
        foreach (var failure in _validator.Validate(input).Errors)
        {
            errors.TryAdd(failure.PropertyName, failure.ErrorMessage);
        }

        return errors;
    }

    private static ForwardingSettings New(Guid tenantId) => new() { TenantId = tenantId, DatevAccounts = DatevMapper.Defaults(DatevChart.Skr03) };

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
