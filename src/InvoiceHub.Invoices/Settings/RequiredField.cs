namespace InvoiceHub.Invoices.Settings;

/// <summary>Names of the metadata a tenant can require before archiving.</summary>
public static class RequiredField
{
    public const string Number = "number";
    public const string IssueDate = "issue-date";
    public const string Counterparty = "counterparty";
    public const string Currency = "currency";
    public const string Totals = "totals";

    public static IReadOnlyList<string> All { get; } = [Number, IssueDate, Counterparty, Currency, Totals];
}
