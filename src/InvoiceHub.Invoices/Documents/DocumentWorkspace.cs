namespace InvoiceHub.Invoices.Documents;

/// <summary>The invoice form's own fields (product notes, section 5), kept on the document as one JSON column.</summary>
public sealed class DocumentWorkspace
{
    public DateOnly? ServiceDate { get; set; }

    public DateOnly? ReceiptDate { get; set; }

    /// <summary>The booking period as <c>yyyy-MM</c>; defaults to the invoice date's month.</summary>
    public string? BookingPeriod { get; set; }

    /// <summary>Pass to accounting, but do not pay yet.</summary>
    public bool PaymentBlock { get; set; }

    /// <summary>A person confirmed bank details that differ from the party's known ones.</summary>
    public bool BankDetailsConfirmed { get; set; }

    public DateOnly? CashDiscountDate { get; set; }

    public string? Remarks { get; set; }

    /// <summary>Keep the document until this date (tenant default: 10 years after the invoice date's year).</summary>
    public DateOnly? RetainUntil { get; set; }

    /// <summary>The account assignment (Kontierung); the accountant hand-off reads these lines.</summary>
    public List<AssignmentLine> Lines { get; set; } = [];

    public string? RejectionReason { get; set; }

    public string? RejectedBy { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }
}
