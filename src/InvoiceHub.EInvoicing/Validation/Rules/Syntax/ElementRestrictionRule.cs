using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// "This element (or attribute) shall not / should not be used here": the shape of most UBL-CR, CII-SR and
/// CII-DT rules. One instance per row of the generated restriction tables; the table finds the offending elements
/// of all its rows in one pass, and each row reports its own, in its place in the rule order.
/// </summary>
internal sealed class ElementRestrictionRule(RestrictionTable table, int row, string id, Severity severity, string context, string path)
    : Rule(id, Describe(severity, path), severity)
{
    public ContextPattern Context { get; } = ContextPattern.Parse(context);

    public ElementPath Path { get; } = ElementPath.Parse(path);

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is null || !table.Offending(context).TryGetValue(row, out var offending))
        {
            return;
        }

        foreach (var found in offending)
        {
            findings.Add(this, Path.Attribute is null ? XmlLocation.Of(found) : XmlLocation.Of(found, Path.Attribute.LocalName));
        }
    }

    private static string Describe(Severity severity, string path) =>
        $"{path.TrimStart('/')} {(severity == Severity.Fatal ? "shall" : "should")} not be used in an EN 16931 invoice.";
}
