using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Channels;

/// <summary>A channel that sends one document per delivery (e-mail, webhook); DATEV goes out in batches instead.</summary>
internal interface IChannelSender
{
    Channel Channel { get; }

    /// <summary>Whether the channel sends the original's bytes; only then are they read from the document store.</summary>
    bool SendsOriginal { get; }

    /// <summary>One attempt (<paramref name="original"/> is empty unless <see cref="SendsOriginal"/>). Must not throw for what the receiver answers or for network failures: those are results.</summary>
    Task<SendResult> SendAsync(Guid deliveryId, ArchivedDocument document, byte[] original, ForwardingSettings settings, CancellationToken cancellationToken);
}
