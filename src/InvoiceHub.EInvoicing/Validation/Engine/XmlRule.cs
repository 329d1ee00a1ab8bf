using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>
/// A profile rule bound to the syntax (XRechnung, Peppol, OIOUBL state theirs over the XML, per syntax, and see
/// elements the model does not keep). Skipped when a model is validated without its XML. A rule the official set
/// states for one syntax only names it (<paramref name="syntax"/>) and is not part of the other syntax's rule set.
/// </summary>
internal abstract class XmlRule(string id, string message, Severity severity = Severity.Fatal, XmlSyntax? syntax = null) : Rule(id, message, severity)
{
    /// <summary>The one syntax the rule is bound to, or null for both.</summary>
    public XmlSyntax? Syntax { get; } = syntax;

    public bool BindsTo(XmlSyntax syntax) => Syntax is null || Syntax == syntax;

    public sealed override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml && BindsTo(xml.Syntax))
        {
            Check(xml.Root, xml.Syntax == XmlSyntax.Cii, context, findings);
        }
    }

    protected abstract void Check(XElement root, bool cii, ValidationContext context, FindingSink findings);

    protected void Fail(FindingSink findings, XElement at) => findings.Add(this, XmlLocation.Of(at));

    /// <summary>Reports at the element when the assertion does not hold.</summary>
    protected void Assert(FindingSink findings, XElement at, bool holds)
    {
        if (!holds)
        {
            findings.Add(this, XmlLocation.Of(at));
        }
    }

    /// <summary>The same, with the message of the syntax binding where the official sets word it differently for CII.</summary>
    protected void Assert(FindingSink findings, XElement at, bool holds, string message)
    {
        if (!holds)
        {
            findings.Add(this, XmlLocation.Of(at), message);
        }
    }
}
