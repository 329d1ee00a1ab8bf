namespace InvoiceHub.Forwarding.Contracts;

/// <summary>Where a delivery stands; the delivery row is the truth, whatever Hangfire's jobs think.</summary>
public enum DeliveryStatus
{
    /// <summary>Due at its next attempt time (or being sent by the job that holds its claim).</summary>
    Pending,

    Delivered,

    /// <summary>Attempts exhausted or refused for good ("export error"): waits for a person's retry.</summary>
    ExportError,
}
