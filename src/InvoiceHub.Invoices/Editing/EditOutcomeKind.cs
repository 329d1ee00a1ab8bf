namespace InvoiceHub.Invoices.Editing;

/// <summary>How an edit, archiving or rejection ended.</summary>
public enum EditOutcomeKind
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The document is no longer in progress (archived or rejected meanwhile).</summary>
    Conflict,

    /// <summary>Fields are missing or wrong; <see cref="EditOutcome.Errors"/> names each.</summary>
    Invalid,
}
