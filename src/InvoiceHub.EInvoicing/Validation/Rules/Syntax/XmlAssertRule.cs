using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// A syntax rule written as a context selector plus an assertion over each context element, the way the
/// official schematron states it. Used for the binding rules whose shape is not a plain restriction or count.
/// </summary>
internal sealed class XmlAssertRule : Rule
{
    private readonly Func<ValidationContext, XmlIndex, IEnumerable<XElement>> _contexts;
    private readonly Func<XElement, XmlIndex, bool> _holds;

    public XmlAssertRule(string id, string message, Func<XmlIndex, IEnumerable<XElement>> contexts, Func<XElement, XmlIndex, bool> holds, Severity severity = Severity.Fatal)
        : base(id, message, severity)
    {
        _contexts = (_, xml) => contexts(xml);
        _holds = holds;
    }

    /// <summary>An assertion over contexts that other assertions share, selected once per document.</summary>
    public XmlAssertRule(string id, string message, SharedContexts contexts, Func<XElement, XmlIndex, bool> holds, Severity severity = Severity.Fatal)
        : base(id, message, severity)
    {
        _contexts = (context, _) => contexts.For(context);
        _holds = holds;
    }

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            return;
        }

        foreach (var element in _contexts(context, xml))
        {
            if (!_holds(element, xml))
            {
                findings.Add(this, XmlLocation.Of(element));
            }
        }
    }
}
