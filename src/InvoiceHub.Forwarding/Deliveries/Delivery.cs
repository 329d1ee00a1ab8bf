using InvoiceHub.Forwarding.Contracts;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// One hand-off of one archived document through one channel. Its id is what the receiver sees on every attempt
/// (Message-ID, webhook-id, DATEV document link), so a repeat is recognisably the same delivery.
/// </summary>
internal sealed class Delivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public Guid DocumentId { get; init; }

    public required string InternalNumber { get; init; }

    public Channel Channel { get; init; }

    public DeliveryStatus Status { get; set; }

    /// <summary>Attempts started (a claim counts as one, so a worker that dies mid-send used up an attempt).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when the job that claimed it may send; after that the sweeper hands it to another job.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The last failure's message (the receiving system's own words where it gave any).</summary>
    public string? LastError { get; set; }

    /// <summary>Export notes: what a person needs to know about an export error.</summary>
    public string? ExportNotes { get; set; }

    /// <summary>For a re-send: the delivery it repeats (a new delivery with its own id).</summary>
    public Guid? ResendOf { get; init; }

    public string? ResendReason { get; init; }

    /// <summary>For DATEV: the batch file the booking went out in.</summary>
    public string? Batch { get; set; }
}
