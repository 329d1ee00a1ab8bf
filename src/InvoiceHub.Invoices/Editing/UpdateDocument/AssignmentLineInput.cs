namespace InvoiceHub.Invoices.Editing.UpdateDocument;

/// <summary>One account assignment line as typed in the form or sent to <c>PUT /api/v1/documents/{id}</c>.</summary>
public sealed class AssignmentLineInput
{
    public string? GlAccount { get; set; }

    public string? CostCentre { get; set; }

    public decimal? NetAmount { get; set; }

    public string? TaxKey { get; set; }

    public string? BookingText { get; set; }

    /// <summary>A line the form left empty (the spare row) is ignored rather than refused.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(GlAccount) && string.IsNullOrWhiteSpace(CostCentre) && NetAmount is null
        && string.IsNullOrWhiteSpace(TaxKey) && string.IsNullOrWhiteSpace(BookingText);
}
