using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>
/// Every element of a document grouped by name, built in one pass, so that rules look elements up
/// instead of each walking the whole tree (which would make validation quadratic in the lines).
/// </summary>
internal sealed class XmlIndex
{
    private static readonly IReadOnlyList<XElement> _none = [];
    private readonly Dictionary<XName, List<XElement>> _byName = [];

    public XmlIndex(XElement root)
    {
        Root = root;
        Syntax = root.Name.Namespace == Ns.Rsm ? XmlSyntax.Cii : XmlSyntax.Ubl;
        var all = new List<XElement>();
        foreach (var element in root.DescendantsAndSelf())
        {
            all.Add(element);
            if (!_byName.TryGetValue(element.Name, out var list))
            {
                list = [];
                _byName.Add(element.Name, list);
            }

            list.Add(element);
        }

        All = all;
    }

    public XElement Root { get; }

    public XmlSyntax Syntax { get; }

    public bool IsCreditNote => Root.Name == Ns.UblCreditNote + "CreditNote";

    /// <summary>All elements in document order.</summary>
    public IReadOnlyList<XElement> All { get; }

    /// <summary>All elements with this name, in document order.</summary>
    public IReadOnlyList<XElement> Named(XName name) => _byName.TryGetValue(name, out var list) ? list : _none;

    public IEnumerable<XName> Names => _byName.Keys;
}
