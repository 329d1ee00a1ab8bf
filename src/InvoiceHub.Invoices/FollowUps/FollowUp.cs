namespace InvoiceHub.Invoices.FollowUps;

/// <summary>A follow-up (Wiedervorlage): a dated reminder on a document for one user, with a note, until marked done.</summary>
public sealed class FollowUp
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public Guid DocumentId { get; init; }

    /// <summary>The user the reminder is for (user name, as the audit trail names people).</summary>
    public required string AssignedTo { get; init; }

    public DateOnly DueOn { get; init; }

    public required string Note { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? DoneBy { get; set; }
}
