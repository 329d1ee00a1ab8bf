using System.Globalization;
using System.Text;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Rendering;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace InvoiceHub.Forwarding.Channels.Mail;

/// <summary>
/// Mails the original, a PDF (the original itself when it is one, else a rendering) and a short summary to the
/// accountant. The Message-ID is derived from the delivery id, so a repeat after a crash is the same message to the
/// receiving side. SMTP answers 4xx and connection failures are retried; 5xx are refused for good.
/// </summary>
internal sealed class MailSender(SecretProtector secrets, TimeProvider clock) : IChannelSender
{
    public Channel Channel => Channel.Mail;

    public static string MessageId(Guid deliveryId) => $"{deliveryId:N}@invoicehub.forwarding";

    public bool SendsOriginal => true;

    public async Task<SendResult> SendAsync(Guid deliveryId, ArchivedDocument document, byte[] original, ForwardingSettings settings, CancellationToken cancellationToken)
    {
        var read = InvoiceReader.Read(original);
        var message = new MimeMessage { MessageId = MessageId(deliveryId), Subject = Subject(document) };
        var body = new BodyBuilder { TextBody = Summary(document, read.Invoice?.Seller.Name, read.Invoice?.Buyer.Name) };
        body.Attachments.Add(document.FileName, original, ContentType.Parse(document.IsPdf ? "application/pdf" : "application/xml"));
        if (!document.IsPdf)
        {
            var pdf = read.Visual is { } visual ? visual.ToArray() : InvoicePdf.Render(document, read.Invoice);
            body.Attachments.Add(Path.ChangeExtension(document.FileName, ".pdf"), pdf, ContentType.Parse("application/pdf"));
        }

        message.Body = body.ToMessageBody();
        message.Headers.Add("X-InvoiceHub-Delivery", deliveryId.ToString());
        return await SendAsync(message, settings, cancellationToken);
    }

    /// <summary>Sends a message with the channel's settings; also the channel test's mail.</summary>
    public async Task<SendResult> SendAsync(MimeMessage message, ForwardingSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.MailHost) || !MailboxAddress.TryParse(settings.MailSender, out var sender)
            || !InternetAddressList.TryParse(settings.MailRecipient, out var recipients) || recipients.Count == 0)
        {
            return SendResult.Stop("The e-mail channel needs a server, a sender and a recipient.");
        }

        message.From.Clear();
        message.From.Add(sender);
        message.To.Clear();
        message.To.AddRange(recipients);
        message.Date = clock.GetUtcNow();

        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var tls = settings.MailTls switch
            {
                MailTlsMode.None => SecureSocketOptions.None,
                MailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.MailHost, settings.MailPort, tls, cancellationToken);
            if (!string.IsNullOrEmpty(settings.MailUser))
            {
                await client.AuthenticateAsync(settings.MailUser, secrets.Unprotect(settings.MailPasswordProtected) ?? "", cancellationToken);
            }

            var answer = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SendResult.Delivered($"SMTP {settings.MailHost}: {answer}".Trim());
        }
        catch (SmtpCommandException exception) when ((int)exception.StatusCode >= 500)
        {
            return SendResult.Stop($"SMTP {(int)exception.StatusCode}: {exception.Message}");
        }
        catch (SmtpCommandException exception)
        {
            return SendResult.Retry($"SMTP {(int)exception.StatusCode}: {exception.Message}");
        }
        catch (AuthenticationException exception)
        {
            return SendResult.Stop($"SMTP authentication failed: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException)
        {
            return SendResult.Retry($"SMTP {settings.MailHost}:{settings.MailPort}: {exception.Message}");
        }
    }

    private static string Subject(ArchivedDocument document) =>
        $"{(document.Direction == Direction.Purchase ? "Purchase" : "Sales")} {(document.IsCreditNote ? "credit note" : "invoice")} {document.InternalNumber}: {document.CounterpartyName} {document.InvoiceNumber}";

    private static string Summary(ArchivedDocument document, string? seller, string? buyer)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{(document.IsCreditNote ? "Credit note" : "Invoice")} {document.InvoiceNumber}, archived as {document.InternalNumber} on {document.ArchivedAt:yyyy-MM-dd}.");
        text.AppendLine();
        text.AppendLine(c, $"Direction:    {document.Direction.ToString().ToLowerInvariant()}");
        text.AppendLine(c, $"Seller:       {seller}");
        text.AppendLine(c, $"Buyer:        {buyer}");
        text.AppendLine(c, $"Issue date:   {document.IssueDate:yyyy-MM-dd}");
        text.AppendLine(c, $"Due date:     {document.DueDate:yyyy-MM-dd}");
        text.AppendLine(c, $"Net:          {document.NetAmount:0.00} {document.Currency}");
        text.AppendLine(c, $"VAT:          {document.TaxAmount:0.00} {document.Currency}");
        text.AppendLine(c, $"Total:        {document.TotalAmount:0.00} {document.Currency}");
        text.AppendLine();
        text.AppendLine(c, $"Attached: the original ({document.FileName}){(document.IsPdf ? "" : " and a PDF rendering")}. The original is the document that counts.");
        return text.ToString();
    }
}
