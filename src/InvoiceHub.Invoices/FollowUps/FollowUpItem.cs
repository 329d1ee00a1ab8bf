namespace InvoiceHub.Invoices.FollowUps;

/// <summary>A follow-up as listed, with what identifies its document for people.</summary>
public sealed record FollowUpItem(
    Guid Id,
    Guid DocumentId,
    string? InternalNumber,
    string? InvoiceNumber,
    string? PartyName,
    string AssignedTo,
    DateOnly DueOn,
    string Note,
    string CreatedBy,
    int DaysOverdue);
