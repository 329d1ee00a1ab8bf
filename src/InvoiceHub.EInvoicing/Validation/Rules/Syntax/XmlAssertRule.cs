using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// A syntax rule written as a context selector plus an assertion over each context element, the way the
/// official schematron states it. Used for the binding rules whose shape is not a plain restriction or count.
/// </summary>
internal sealed class XmlAssertRule(
    string id,
    string message,
    Func<XmlIndex, IEnumerable<XElement>> contexts,
    Func<XElement, XmlIndex, bool> holds,
    Severity severity = Severity.Fatal)
    : Rule(id, message, severity)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            return;
        }

        // Many assertions share a selector (CII-DT-* over every referenced document or trade tax, scans of all
        // elements): it runs once per document, keyed by the delegate, and the others reuse its elements.
        foreach (var element in context.Shared(contexts, _ => Materialize(contexts(xml))))
        {
            if (!holds(element, xml))
            {
                findings.Add(this, XmlLocation.Of(element));
            }
        }
    }

    private static IReadOnlyList<XElement> Materialize(IEnumerable<XElement> elements) =>
        elements as IReadOnlyList<XElement> ?? [.. elements];
}
