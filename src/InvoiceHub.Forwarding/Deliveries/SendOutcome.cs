namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>Delivered; worth another attempt later; or refused for good (no more attempts until a person retries).</summary>
internal enum SendOutcome
{
    Delivered,
    Retry,
    Stop,
}
