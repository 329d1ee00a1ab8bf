namespace InvoiceHub.Invoices.Retention;

/// <summary>
/// Where a document's retention period is decided: one SQL function (migration <c>RetentionReview</c>), read by the
/// review job, by the deletion, and by the archive's protection trigger, so the three can never disagree. A document
/// is kept to the end of its <c>RetainUntil</c> day (the invoice form's field), else to 31 December of the invoice
/// date's year (the receipt's, without one) plus the tenant's retention years (10 without settings).
/// </summary>
internal static class RetentionPeriod
{
    public const string Function = "invoices.retained_until";

    /// <summary>The SQL expression of the last day to keep document <c>d</c>.</summary>
    public const string OfDocument = Function + "(d.tenant_id, d.issue_date, d.received_at, d.workspace)";

    /// <summary>The day retention is judged by: the UTC date, as in the trigger.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
