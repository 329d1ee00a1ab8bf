using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.IntegrationTests.Support;
using MimeKit;

namespace InvoiceHub.IntegrationTests.Forwarding;

[Collection(ForwardingCollection.Name)]
public sealed class MailForwardingTests(ForwardingFixture fixture) : IClassFixture<ForwardingFixture>
{
    [SmtpFact]
    public async Task ArchivedInvoice_OneMailWithOriginalPdfSummaryAndMessageIdOfTheDelivery()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (client, tenantId) = await fixture.NewTenantAsync();
        await fixture.ConfigureAsync(tenantId, s => Mail(s, smtp.Port));
        var invoice = new InvoiceXml { SellerName = "Nordsee Fisk ApS" };

        var documentId = await ForwardingFixture.ArchiveAsync(client, invoice);
        var delivery = (await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1))).Single();

        delivery.Status.ShouldBe(DeliveryStatus.Delivered, delivery.LastError);
        var message = smtp.Messages().ShouldHaveSingleItem();
        message.MessageId.ShouldBe($"{delivery.Id:N}@invoicehub.forwarding");
        message.Headers["X-InvoiceHub-Delivery"].ShouldBe(delivery.Id.ToString());
        message.To.Mailboxes.Single().Address.ShouldBe("accountant@example.test");
        message.From.Mailboxes.Single().Address.ShouldBe("invoices@example.test");
        message.Subject!.ShouldContain(delivery.InternalNumber);
        message.TextBody!.ShouldContain(invoice.Number);
        message.TextBody!.ShouldContain("Nordsee Fisk ApS");
        var attachments = message.Attachments.OfType<MimePart>().ToList();
        attachments.Select(a => a.ContentType.MimeType).ShouldBe(["application/xml", "application/pdf"]);
        Bytes(attachments[0]).ShouldBe(invoice.ToBytes());
        var pdf = Bytes(attachments[1]);
        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        (await fixture.AuditActionsAsync(documentId)).ShouldContain(a => a.StartsWith("forwarded: Mail", StringComparison.Ordinal));
    }

    [SmtpFact]
    public async Task SmtpDown_RetriedThenExportErrorWithSmtpText_RetryAfterItIsBackDeliversOnce()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await smtp.StopAsync();
        var (client, tenantId) = await fixture.NewTenantAsync();
        await fixture.ConfigureAsync(tenantId, s => Mail(s, smtp.Port));

        var documentId = await ForwardingFixture.ArchiveAsync(client);
        var failed = (await fixture.WaitForAsync(tenantId, d => ForwardingFixture.AllDone(d, 1))).Single();

        failed.Status.ShouldBe(DeliveryStatus.ExportError);
        failed.Attempts.ShouldBe(3);
        failed.ExportNotes!.ShouldContain($"127.0.0.1:{smtp.Port}");
        failed.ExportNotes!.ShouldContain("gave up after 3 attempts");
        using (var scope = fixture.App.Services.CreateScope())
        {
            var errors = await scope.ServiceProvider.GetRequiredService<DeliveryQueries>().ExportErrorsAsync(tenantId, CancellationToken.None);
            errors.ShouldHaveSingleItem().Id.ShouldBe(failed.Id);
        }

        (await fixture.AuditActionsAsync(documentId)).ShouldContain(a => a.StartsWith("export-error: Mail", StringComparison.Ordinal));

        await smtp.StartAgainAsync();
        using (var scope = fixture.App.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<RetryDeliveryHandler>().RetryAsync(tenantId, failed.Id, "admin@test", CancellationToken.None)).ShouldBeTrue();
        }

        var delivered = (await fixture.WaitForAsync(tenantId, d => d.Single().Status == DeliveryStatus.Delivered)).Single();
        delivered.Id.ShouldBe(failed.Id);
        await Task.Delay(1000); // a second mail, if any job sent one, would have arrived by now
        smtp.Messages().ShouldHaveSingleItem().MessageId.ShouldBe($"{failed.Id:N}@invoicehub.forwarding");
    }

    private static ChannelSettingsInput Mail(ChannelSettingsInput settings, int port) => settings with
    {
        MailEnabled = true,
        MailHost = "127.0.0.1",
        MailPort = port,
        MailTls = "None",
        MailSender = "invoices@example.test",
        MailRecipient = "accountant@example.test",
    };

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
