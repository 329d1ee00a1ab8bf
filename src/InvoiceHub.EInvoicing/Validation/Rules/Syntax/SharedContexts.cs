using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// The context elements several assertions share (CII-DT-* over every referenced document, trade tax, amount or
/// quantity): selected once per document, often by a scan of all elements, and reused by each of those assertions.
/// </summary>
internal sealed class SharedContexts
{
    // Made once: a lambda written in For would allocate a closure and a delegate for every assertion on every document.
    private readonly Func<ValidationContext, IReadOnlyList<XElement>> _select;

    public SharedContexts(Func<XmlIndex, IEnumerable<XElement>> select) => _select = context => Materialize(select(context.Xml!));

    /// <summary>The contexts in the document of the validation context (which must have its XML).</summary>
    public IEnumerable<XElement> For(ValidationContext context) => context.Shared(this, _select);

    private static IReadOnlyList<XElement> Materialize(IEnumerable<XElement> selected) => selected as IReadOnlyList<XElement> ?? [.. selected];
}
