namespace InvoiceHub.Invoices.FollowUps;

/// <summary>The bounds of a follow-up's fields, shared by the table and the validation.</summary>
public static class FollowUpLimits
{
    public const int NoteLength = 2000;

    /// <summary>A reminder further ahead than this is a typing error.</summary>
    public const int MaxDaysAhead = 3660;
}
