using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Invoices.Intake;

/// <summary>The tenant's required metadata: what is missing keeps a document out of the archive, each item named.</summary>
internal static class Completeness
{
    public static IEnumerable<DocumentReason> Check(Invoice invoice, DocumentFacts facts, PartyMatch match, InvoiceSettings settings)
    {
        var required = settings.RequiredFields.ToHashSet();
        if (required.Contains(RequiredField.Number) && string.IsNullOrWhiteSpace(invoice.Number))
        {
            yield return Missing(RequiredField.Number, "The invoice number is missing.");
        }

        if (required.Contains(RequiredField.IssueDate) && invoice.IssueDate is null)
        {
            yield return Missing(RequiredField.IssueDate, "The invoice date is missing.");
        }

        if (required.Contains(RequiredField.DueDate) && invoice.DueDate is null && invoice.PaymentInstructions.All(p => p.DueDate is null))
        {
            yield return Missing(RequiredField.DueDate, "The payment due date is missing.");
        }

        if (required.Contains(RequiredField.Currency) && string.IsNullOrWhiteSpace(invoice.CurrencyCode))
        {
            yield return Missing(RequiredField.Currency, "The currency is missing.");
        }

        // An unknown or conflicting counterparty is already reported by matching; this only covers a party that is absent altogether.
        if (required.Contains(RequiredField.Counterparty) && match.Outcome is PartyMatchOutcome.Matched or PartyMatchOutcome.Created && match.PartyId is null)
        {
            yield return Missing(RequiredField.Counterparty, "The invoice is not linked to a supplier or customer.");
        }

        if (required.Contains(RequiredField.Totals) && TotalsProblem(invoice, facts) is { } problem)
        {
            yield return Missing(RequiredField.Totals, problem);
        }
    }

    private static string? TotalsProblem(Invoice invoice, DocumentFacts facts)
    {
        if (facts.TotalAmount is null && facts.PayableAmount is null)
        {
            return "The invoice total is missing.";
        }

        // BT-109 only: OIOUBL has no net total there, and line sums ignore allowances and excise.
        if (invoice.Totals.TaxExclusive?.Amount is { } net && facts.TaxAmount is { } tax && facts.TotalAmount is { } total && Math.Abs(net + tax - total) > 0.01m)
        {
            return $"The totals do not add up: net {net} + tax {tax} is not the total {total}.";
        }

        return null;
    }

    private static DocumentReason Missing(string field, string message) => new() { Code = "missing-" + field, Message = message };
}
