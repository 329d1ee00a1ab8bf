using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InvoiceHub.Forwarding.Channels.Webhook;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Intake;

namespace InvoiceHub.IntegrationTests.Forwarding;

[Collection(ForwardingCollection.Name)]
public sealed class WebhookForwardingTests(ForwardingFixture fixture) : IClassFixture<ForwardingFixture>
{
    [Fact]
    public async Task ArchivedInvoice_ReceiverFailsTwice_RetriedWithOneWebhookIdAndVerifiableSignatures()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = n => n <= 2 ? 500 : 200;
        var (client, tenantId) = await fixture.NewTenantAsync();
        var secret = await fixture.ConfigureAsync(tenantId, s => s with { WebhookEnabled = true, WebhookUrl = receiver.Url, WebhookAllowPrivateTargets = true }, newWebhookSecret: true);

        var documentId = await ForwardingFixture.ArchiveAsync(client);
        var deliveries = await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1));

        var delivery = deliveries.ShouldHaveSingleItem();
        delivery.Status.ShouldBe(DeliveryStatus.Delivered);
        delivery.Attempts.ShouldBe(3);
        var requests = receiver.Requests.ToList();
        requests.Select(r => r.AnsweredStatus).ShouldBe([500, 500, 200]);
        requests.Select(r => r.Id).Distinct().ShouldHaveSingleItem().ShouldBe(delivery.Id.ToString());
        foreach (var request in requests)
        {
            StandardWebhooks.Verify(secret!, request.Id, request.Timestamp, request.Body, request.Signature, DateTimeOffset.UtcNow).ShouldBeTrue();
        }

        var body = JsonDocument.Parse(requests[^1].Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("invoice.archived");
        body.GetProperty("data").GetProperty("documentId").GetGuid().ShouldBe(documentId);
        body.GetProperty("data").GetProperty("internalNumber").GetString().ShouldBe(delivery.InternalNumber);
        body.GetProperty("data").GetProperty("originalUrl").GetString()!.ShouldEndWith($"/api/v1/documents/{documentId}/original");
        (await fixture.AuditActionsAsync(documentId)).ShouldContain(a => a.StartsWith("forwarded: Webhook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhileIntakeIsBusy_TheWebhookWaits_AndGoesOutOnceWhenIntakeIsQuiet()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (client, tenantId) = await fixture.NewTenantAsync();
        await fixture.ConfigureAsync(tenantId, s => s with { WebhookEnabled = true, WebhookUrl = receiver.Url, WebhookAllowPrivateTargets = true }, newWebhookSecret: true);
        var intake = fixture.App.Services.GetRequiredService<IntakeActivity>();

        // Another document being received on this node all along, as while billing software pushes a batch.
        using (intake.Begin())
        {
            await ForwardingFixture.ArchiveAsync(client);
            var waiting = await fixture.WaitForAsync(tenantId, d => d.Count == 1);
            // Runs are asked for (the relay created the delivery) and give way; none of them sends.
            await Task.Delay(TimeSpan.FromSeconds(4));
            (await fixture.DeliveriesAsync(tenantId)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                d => d.Status.ShouldBe(DeliveryStatus.Pending),
                d => d.Attempts.ShouldBe(0, "no attempt while intake is busy and the delivery has waited less than the yield limit"));
            receiver.Requests.ShouldBeEmpty();
            waiting.Single().Channel.ShouldBe(Channel.Webhook);
        }

        var delivery = (await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1), seconds: 30)).Single();
        delivery.Status.ShouldBe(DeliveryStatus.Delivered);
        delivery.Attempts.ShouldBe(1);
        receiver.Requests.Select(r => r.Id).ShouldBe([delivery.Id.ToString()]);
    }

    [Fact]
    public async Task ReceiverAnswers410_StopsAtOnceAsExportError()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = _ => 410;
        var (client, tenantId) = await fixture.NewTenantAsync();
        await fixture.ConfigureAsync(tenantId, s => s with { WebhookEnabled = true, WebhookUrl = receiver.Url, WebhookAllowPrivateTargets = true }, newWebhookSecret: true);

        var documentId = await ForwardingFixture.ArchiveAsync(client);
        var delivery = (await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1))).Single();

        delivery.Status.ShouldBe(DeliveryStatus.ExportError);
        delivery.Attempts.ShouldBe(1);
        delivery.ExportNotes!.ShouldContain("410");
        receiver.Requests.Count.ShouldBe(1);
        (await fixture.AuditActionsAsync(documentId)).ShouldContain(a => a.StartsWith("export-error: Webhook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoopbackTargetNotAllowed_RefusedWithoutARequest()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (client, tenantId) = await fixture.NewTenantAsync();
        // https, so only the address check can refuse it (plain http needs the same setting).
        var url = receiver.Url.Replace("http://", "https://", StringComparison.Ordinal);
        await fixture.ConfigureAsync(tenantId, s => s with { WebhookEnabled = true, WebhookUrl = url, WebhookAllowPrivateTargets = false }, newWebhookSecret: true);

        await ForwardingFixture.ArchiveAsync(client);
        var delivery = (await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1))).Single();

        delivery.Status.ShouldBe(DeliveryStatus.ExportError);
        delivery.ExportNotes!.ShouldContain("private or loopback");
        receiver.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Signature_StandardWebhooksTestVector_Matches()
    {
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

        WebhookSignature.Sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body).ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        StandardWebhooks.Verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            DateTimeOffset.FromUnixTimeSeconds(1614265330)).ShouldBeTrue();
        // The checker must be able to say no: one changed body byte, or an old timestamp.
        StandardWebhooks.Verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", Encoding.UTF8.GetBytes("{\"test\": 2432232315}"),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", DateTimeOffset.FromUnixTimeSeconds(1614265330)).ShouldBeFalse();
        StandardWebhooks.Verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            DateTimeOffset.FromUnixTimeSeconds(1614265330 + 600)).ShouldBeFalse();
    }

    [Fact]
    public void NewSecret_HasPrefixAndAKeyOfAllowedLength()
    {
        var secret = WebhookSignature.NewSecret();

        secret.ShouldStartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Length.ShouldBeInRange(24, 64);
    }

    /// <summary>The receiver's side of Standard Webhooks, written from the specification, independent of the sender's code.</summary>
    private static class StandardWebhooks
    {
        public static bool Verify(string secret, string id, string timestamp, byte[] body, string signatureHeader, DateTimeOffset now)
        {
            if (!long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
            {
                return false;
            }

            var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
            var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
            var expected = HMACSHA256.HashData(key, signed);
            foreach (var candidate in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = candidate.Split(',', 2);
                if (parts.Length == 2 && parts[0] == "v1" && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), expected))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
