using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.Invoices.Editing.ArchiveDocument;

/// <summary>
/// What still keeps an in-progress document out of the archive, keyed by the form field to fix. Empty when it is
/// complete; other reasons it waited (unknown party, suspected duplicate, invalid) a person decides by archiving.
/// </summary>
internal static class ArchiveReadiness
{
    public const string ChangedBankDetails = "changed-bank-details";

    public static Dictionary<string, string[]> Problems(Document document, InvoiceSettings settings)
    {
        var problems = new Dictionary<string, string[]>();
        var required = settings.RequiredFields.ToHashSet();
        void Add(string field, string message) => problems[field] = [message];

        if (required.Contains(RequiredField.Number) && string.IsNullOrWhiteSpace(document.InvoiceNumber))
        {
            Add("InvoiceNumber", "The invoice number is missing.");
        }

        if (required.Contains(RequiredField.IssueDate) && document.IssueDate is null)
        {
            Add("IssueDate", "The invoice date is missing.");
        }

        if (required.Contains(RequiredField.DueDate) && document.DueDate is null)
        {
            Add("DueDate", "The payment due date is missing.");
        }

        if (required.Contains(RequiredField.Currency) && string.IsNullOrWhiteSpace(document.Currency))
        {
            Add("Currency", "The currency is missing.");
        }

        if (required.Contains(RequiredField.Counterparty) && string.IsNullOrWhiteSpace(document.CounterpartyName))
        {
            Add("CounterpartyName", "The supplier or customer is missing.");
        }

        if (required.Contains(RequiredField.Totals))
        {
            if (document.TotalAmount is null)
            {
                Add("TotalAmount", "The gross amount is missing.");
            }
            else if (document.NetAmount is { } net && document.TaxAmount is { } tax && Math.Abs(net + tax - document.TotalAmount.Value) > 0.01m)
            {
                Add("TotalAmount", "Net plus tax must equal the gross amount.");
            }
        }

        var workspace = document.Workspace;
        if (document.Reasons.Any(r => r.Code == ChangedBankDetails) && workspace?.BankDetailsConfirmed != true)
        {
            Add("ConfirmBankDetails", "The bank details differ from the party's known ones: confirm them before archiving.");
        }

        if (BookingPeriod(document) is { } period && settings.ClosedPeriods.Contains(period))
        {
            Add("BookingPeriod", $"The booking period {period} is closed.");
        }

        var lines = workspace?.Lines ?? [];
        if (settings.RequireAccountAssignment || lines.Count > 0)
        {
            var remainder = (document.NetAmount ?? 0m) - lines.Sum(l => l.NetAmount);
            if (lines.Count == 0)
            {
                Add("Lines", "This tenant requires an account assignment before archiving.");
            }
            else if (remainder != 0m)
            {
                Add("Lines", $"The account assignment does not balance: {remainder:0.00} of the net amount is unassigned.");
            }
        }

        return problems;
    }

    /// <summary>The period a document is booked into: the one chosen, else its invoice date's month.</summary>
    public static string? BookingPeriod(Document document) =>
        document.Workspace?.BookingPeriod is { Length: > 0 } chosen ? chosen : document.IssueDate?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
