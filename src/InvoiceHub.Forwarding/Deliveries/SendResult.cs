namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>What one attempt of a channel came to, with the receiving system's message.</summary>
internal readonly record struct SendResult(SendOutcome Outcome, string Message)
{
    public static SendResult Delivered(string message) => new(SendOutcome.Delivered, message);

    public static SendResult Retry(string message) => new(SendOutcome.Retry, message);

    public static SendResult Stop(string message) => new(SendOutcome.Stop, message);
}
