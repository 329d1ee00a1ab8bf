using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>Everything a rule may look at for one document: the canonical model and the indexed source XML.</summary>
internal sealed class ValidationContext(Invoice invoice, XmlIndex? xml)
{
    private VatTotals? _vatTotals;

    public Invoice Invoice { get; } = invoice;

    /// <summary>The source XML; null when validating a model alone (syntax rules are then skipped).</summary>
    public XmlIndex? Xml { get; } = xml;

    public XmlSyntax Syntax => Xml?.Syntax ?? (Invoice.Format.Syntax == InvoiceSyntax.Cii ? XmlSyntax.Cii : XmlSyntax.Ubl);

    /// <summary>Line and allowance/charge sums per VAT category and rate, computed once per document.</summary>
    public VatTotals VatTotals => _vatTotals ??= new VatTotals(Invoice);
}
