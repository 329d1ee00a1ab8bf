namespace InvoiceHub.Invoices.FollowUps;

/// <summary>A new follow-up as a person enters it: the document, whom it is for, when, and why.</summary>
public sealed class FollowUpInput
{
    public Guid? DocumentId { get; set; }

    public string? AssignedTo { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? Note { get; set; }
}
