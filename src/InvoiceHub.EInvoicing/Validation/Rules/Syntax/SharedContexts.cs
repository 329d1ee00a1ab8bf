using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// The context elements several assertions share (CII-DT-* over every referenced document, trade tax, amount or
/// quantity): selected once per document, often by a scan of all elements, and reused by each of those assertions.
/// </summary>
internal sealed class SharedContexts(Func<XmlIndex, IEnumerable<XElement>> select)
{
    public IEnumerable<XElement> For(ValidationContext context, XmlIndex xml) => context.Shared(this, _ => Materialize(select(xml)));

    private static IReadOnlyList<XElement> Materialize(IEnumerable<XElement> selected) => selected as IReadOnlyList<XElement> ?? [.. selected];
}
