using InvoiceHub.Forwarding.Contracts;

namespace InvoiceHub.Forwarding.Settings;

/// <summary>The last "test" of a channel: its time, whether it worked and the system's message (product notes, section 2).</summary>
internal sealed class ChannelTest
{
    public Guid TenantId { get; init; }

    public Channel Channel { get; init; }

    public DateTimeOffset At { get; set; }

    public bool Succeeded { get; set; }

    public required string Message { get; set; }
}
