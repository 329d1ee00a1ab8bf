namespace InvoiceHub.Invoices.Settings;

/// <summary>Names of the metadata a tenant can require before archiving.</summary>
public static class RequiredField
{
    public const string Number = "number";
    public const string IssueDate = "issue-date";
    public const string Counterparty = "counterparty";
    public const string Currency = "currency";
    public const string Totals = "totals";

    /// <summary>Not required by default: tenants that pay by due date can ask for it.</summary>
    public const string DueDate = "due-date";

    /// <summary>The defaults (product notes: number, date, linked counterparty, currency, consistent totals).</summary>
    public static IReadOnlyList<string> All { get; } = [Number, IssueDate, Counterparty, Currency, Totals];
}
