using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>The restriction rows whose path ends in one element name, split by the name its parent must have.</summary>
internal sealed class RestrictionCandidates
{
    public Dictionary<XName, List<int>> ByParent { get; } = [];

    public List<int> AnyParent { get; } = [];

    public void Add(XName? parent, int row)
    {
        if (parent is null)
        {
            AnyParent.Add(row);
            return;
        }

        if (!ByParent.TryGetValue(parent, out var rows))
        {
            rows = [];
            ByParent.Add(parent, rows);
        }

        rows.Add(row);
    }
}
