namespace InvoiceHub.Forwarding.Contracts;

/// <summary>The last test of a channel: when, whether it worked, and the system's message.</summary>
public sealed record ChannelTestView(Channel Channel, DateTimeOffset At, bool Succeeded, string Message);
