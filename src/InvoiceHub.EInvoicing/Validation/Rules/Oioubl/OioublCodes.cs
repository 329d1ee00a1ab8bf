using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>What the OIOUBL rules share: the party identifier schemes OIOUBL 2.1 knows and amount parsing.</summary>
internal static class OioublCodes
{
    // OIOUBL 2.1 party identifier schemes (Danish registers and the international ones the guidelines list).
    private static readonly HashSet<string> _schemes = new(StringComparer.Ordinal)
    {
        "DK:CVR", "DK:CPR", "DK:SE", "DK:P", "DK:VANS", "DK:TELEFON", "GLN", "DUNS", "IBAN", "ISO 6523", "ZZZ",
    };

    public static bool IsPartyScheme(string scheme) => _schemes.Contains(scheme.Trim()) || Codes.Icd.Contains(scheme);

    /// <summary>The party identifiers: endpoints, party identifications and legal and tax company ids.</summary>
    public static IEnumerable<XElement> PartyIdentifiers(XmlIndex xml) =>
        xml.Descendants().Where(e => e.Name == Ns.Cbc + "EndpointID" || e.Name == Ns.Cbc + "CompanyID"
            || (e.Name == Ns.Cbc + "ID" && e.Parent?.Name == Ns.Cac + "PartyIdentification"));

}
