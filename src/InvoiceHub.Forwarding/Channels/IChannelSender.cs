using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Channels;

/// <summary>A channel that sends one document per delivery (e-mail, webhook); DATEV goes out in batches instead.</summary>
internal interface IChannelSender
{
    Channel Channel { get; }

    /// <summary>One attempt. Must not throw for what the receiver answers or for network failures: those are results.</summary>
    Task<SendResult> SendAsync(Guid deliveryId, ArchivedDocument document, byte[] original, ForwardingSettings settings, CancellationToken cancellationToken);
}
