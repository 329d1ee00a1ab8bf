namespace InvoiceHub.Invoices.Documents;

/// <summary>One line of an account assignment: GL account, cost centre, net amount, tax key (rate and tax) and booking text.</summary>
public sealed class AssignmentLine
{
    public required string GlAccount { get; set; }

    public string? CostCentre { get; set; }

    public decimal NetAmount { get; set; }

    public string? TaxKey { get; set; }

    public decimal? TaxRate { get; set; }

    public decimal? TaxAmount { get; set; }

    public string? BookingText { get; set; }
}
