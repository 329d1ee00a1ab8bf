using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>Everything a rule may look at for one document: the canonical model and the indexed source XML.</summary>
internal sealed class ValidationContext(Invoice invoice, XmlIndex? xml)
{
    private VatTotals? _vatTotals;
    private Dictionary<object, object>? _shared;

    public Invoice Invoice { get; } = invoice;

    /// <summary>The source XML; null when validating a model alone (syntax rules are then skipped).</summary>
    public XmlIndex? Xml { get; } = xml;

    public XmlSyntax Syntax => Xml?.Syntax ?? (Invoice.Format.Syntax == InvoiceSyntax.Cii ? XmlSyntax.Cii : XmlSyntax.Ubl);

    /// <summary>Line and allowance/charge sums per VAT category and rate, computed once per document.</summary>
    public VatTotals VatTotals => _vatTotals ??= Xml is { } xml ? new VatTotals(xml) : new VatTotals(Invoice);

    /// <summary>
    /// A value computed once per document and shared by several rules (one pass over a restriction table, the
    /// elements many assertions share as context), so that each rule does not redo the walk.
    /// </summary>
    public T Shared<T>(object key, Func<ValidationContext, T> compute)
        where T : class
    {
        // By reference: keys are tables and selector delegates, and Delegate.Equals compares method handles (slow).
        _shared ??= new Dictionary<object, object>(32, ReferenceEqualityComparer.Instance);
        if (!_shared.TryGetValue(key, out var value))
        {
            value = compute(this);
            _shared.Add(key, value);
        }

        return (T)value;
    }
}
