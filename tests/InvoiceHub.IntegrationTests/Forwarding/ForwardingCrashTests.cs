using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>
/// The app as a separate process, killed with SIGKILL while a webhook is on the wire: the restarted app delivers
/// everything, and every repeat reaches the receiver under the same delivery id, so the receiver can drop it.
/// </summary>
[Collection(ForwardingCollection.Name)]
public sealed class ForwardingCrashTests
{
    private const int Invoices = 12;

    [SmtpFact]
    public async Task WorkerKilledMidSend_AfterRestartEveryInvoiceDeliveredAndRepeatsCarryTheSameIds()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var smtp = await SmtpSink.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        // A slow receiver: the kill lands while the third request waits for its answer.
        receiver.Delay = _ => TimeSpan.FromMilliseconds(700);
        var third = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrivals = 0;
        receiver.Arrived = request =>
        {
            if (Interlocked.Increment(ref arrivals) == 3)
            {
                third.TrySetResult(request);
            }
        };
        var documents = Path.Combine(Path.GetTempPath(), $"invoicehub-fwd-crash-{Guid.NewGuid():N}");
        await using var app = new AppProcess(database.ConnectionString, documents, ForwardingProcesses.FastForwarding);
        await app.StartAsync();
        using (var admin = await ProcessAdmin.SignInAsync(app, database.ConnectionString))
        {
            await admin.ConfigureForwardingAsync(s => s with
            {
                MailEnabled = true,
                MailHost = "127.0.0.1",
                MailPort = smtp.Port,
                MailTls = "None",
                MailSender = "invoices@example.test",
                MailRecipient = "accountant@example.test",
                WebhookEnabled = true,
                WebhookUrl = receiver.Url,
                WebhookAllowPrivateTargets = true,
            }, newWebhookSecret: true);
        }

        var key = await ProcessTenant.IssueKeyAsync(database.ConnectionString, "crash-test");
        await ProcessTenant.SetOwnVatIdAsync(database.ConnectionString);
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        for (var i = 0; i < Invoices; i++)
        {
            var response = await http.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var killedMidSend = await third.Task.WaitAsync(TimeSpan.FromSeconds(60));
        app.Kill();
        var deliveredBeforeKill = await database.ScalarAsync<long>("SELECT count(*) FROM forwarding.deliveries WHERE status = 'Delivered'");
        await app.StartAsync();

        var deliveries = await ForwardingProcesses.WaitUntilAllDeliveredAsync(database, Invoices * 2, TimeSpan.FromSeconds(150));

        deliveredBeforeKill.ShouldBeLessThan(Invoices * 2, "the kill came before the work was done");
        deliveries.ShouldAllBe(d => d.Status == "Delivered" && d.DeliveredAt != null && d.ClaimedUntil == null && d.ExportNotes == null);
        (await database.ScalarAsync<long>("SELECT count(*) FROM invoices.archive_outbox")).ShouldBe(0);
        (await database.ScalarAsync<long>("SELECT count(DISTINCT document_id) FROM forwarding.deliveries")).ShouldBe(Invoices);
        (await database.ScalarAsync<long>(
            "SELECT count(*) FROM forwarding.deliveries d WHERE (SELECT count(*) FROM invoices.audit_trail a WHERE a.document_id = d.document_id "
            + "AND a.action = 'forwarded' AND a.detail LIKE '%' || d.id::text || '%') <> 1")).ShouldBe(0, "one 'forwarded' audit entry per delivery");

        // Webhooks: one id per delivery; the request the kill interrupted came again under its id.
        var webhookIds = deliveries.Where(d => d.Channel == "Webhook").Select(d => d.Id.ToString()).Order().ToList();
        var seen = receiver.Requests.ToList();
        seen.Select(r => r.Id).Distinct().Order().ShouldBe(webhookIds);
        seen.Count(r => r.Id == killedMidSend.Id).ShouldBeGreaterThanOrEqualTo(2, "the interrupted delivery was sent again");
        deliveries.Single(d => d.Id.ToString() == killedMidSend.Id).Attempts.ShouldBeGreaterThanOrEqualTo(2);

        // Mails: one Message-ID per delivery, whatever was repeated.
        var mailIds = deliveries.Where(d => d.Channel == "Mail").Select(d => $"{d.Id:N}@invoicehub.forwarding").Order().ToList();
        var messages = smtp.Messages();
        messages.Select(m => m.MessageId).Distinct().Order().ShouldBe(mailIds);
        messages.ShouldAllBe(m => m.MessageId == $"{Guid.Parse(m.Headers["X-InvoiceHub-Delivery"]!):N}@invoicehub.forwarding");
    }
}
