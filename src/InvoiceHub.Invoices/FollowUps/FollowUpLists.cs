namespace InvoiceHub.Invoices.FollowUps;

/// <summary>
/// The follow-up page's lists: the user's own that are due (today or earlier) and upcoming, and, for Admins, every
/// user's follow-ups overdue by more than the tenant's escalation days.
/// </summary>
public sealed record FollowUpLists(
    IReadOnlyList<FollowUpItem> Due,
    IReadOnlyList<FollowUpItem> Upcoming,
    IReadOnlyList<FollowUpItem>? Escalated,
    int EscalationDays);
