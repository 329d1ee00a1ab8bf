using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>The namespaces of the UBL 2.1 and CII D16B bindings, with the prefixes the official rules use.</summary>
internal static class Ns
{
    public static readonly XNamespace UblInvoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace UblCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    public static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private static readonly Dictionary<string, XNamespace> _byPrefix = new(StringComparer.Ordinal)
    {
        ["ubl"] = UblInvoice,
        ["cn"] = UblCreditNote,
        ["cac"] = Cac,
        ["cbc"] = Cbc,
        ["ext"] = Ext,
        ["rsm"] = Rsm,
        ["ram"] = Ram,
        ["udt"] = Udt,
        ["qdt"] = Qdt,
    };

    private static readonly Dictionary<XNamespace, string> _byNamespace = _byPrefix.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Resolves a qualified name such as <c>cbc:ID</c>.</summary>
    public static XName Name(string qualified)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? XName.Get(qualified)
            : _byPrefix[qualified[..colon]] + qualified[(colon + 1)..];
    }

    public static string Prefixed(XName name) =>
        _byNamespace.TryGetValue(name.Namespace, out var prefix) ? prefix + ":" + name.LocalName : name.LocalName;
}
