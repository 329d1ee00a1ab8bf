using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>"X shall occur at most n times (or between min and max) in context C": the cardinality rules UBL-SR-* and CII-SR-*.</summary>
internal sealed class MaxOccursRule(string id, string message, string context, string path, int max, int min = 0, Severity severity = Severity.Fatal)
    : Rule(id, message, severity)
{
    private readonly ContextPattern _context = ContextPattern.Parse(context);
    private readonly ElementPath _path = ElementPath.Parse(path);

    /// <summary>The rule's shape as stated (context, path, bounds), for generated tests.</summary>
    public (string Context, string Path, int Min, int Max) Shape { get; } = (context, path, min, max);

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            return;
        }

        foreach (var element in _context.Select(xml))
        {
            var count = _path.CountFrom(element, xml);
            if (count > max || count < min)
            {
                findings.Add(this, XmlLocation.Of(element));
            }
        }
    }
}
