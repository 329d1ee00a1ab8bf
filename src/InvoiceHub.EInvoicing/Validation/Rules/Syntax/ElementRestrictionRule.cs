using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// "This element (or attribute) shall not / should not be used here": the shape of most UBL-CR, CII-SR and
/// CII-DT rules. One instance per row of the generated restriction tables.
/// </summary>
internal sealed class ElementRestrictionRule(string id, Severity severity, string context, string path)
    : Rule(id, Describe(severity, path), severity)
{
    private readonly ContextPattern _context = ContextPattern.Parse(context);
    private readonly ElementPath _path = ElementPath.Parse(path);

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            return;
        }

        foreach (var contextElement in _context.Select(xml))
        {
            foreach (var found in _path.From(contextElement, xml))
            {
                findings.Add(this, _path.Attribute is null ? XmlLocation.Of(found) : XmlLocation.Of(found, _path.Attribute.LocalName));
            }
        }
    }

    private static string Describe(Severity severity, string path) =>
        $"{path.TrimStart('/')} {(severity == Severity.Fatal ? "shall" : "should")} not be used in an EN 16931 invoice.";
}
