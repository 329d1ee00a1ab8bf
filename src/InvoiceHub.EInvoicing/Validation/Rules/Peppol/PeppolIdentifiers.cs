using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>The identifiers the PEPPOL-COMMON-* check-digit rules look at, selected by scheme as their contexts do.</summary>
internal static class PeppolIdentifiers
{
    /// <summary>
    /// UBL: <c>cbc:EndpointID | cac:PartyIdentification/cbc:ID | cbc:CompanyID</c>; CII: <c>ram:URIID | ram:ID | ram:GlobalID</c>,
    /// each with the given schemeID.
    /// </summary>
    private static readonly XName _schemeId = "schemeID";

    public static IEnumerable<XElement> WithScheme(XmlIndex xml, bool cii, string scheme, bool endpointOnly)
    {
        // Only elements with attributes can carry the scheme: no walk over the whole tree.
        foreach (var element in xml.WithAttributes)
        {
            if (element == xml.Root || element.Attribute(_schemeId)?.Value != scheme)
            {
                continue;
            }

            var name = element.Name;
            var selected = cii
                ? name == Ns.Ram + "URIID" || (!endpointOnly && (name == Ns.Ram + "ID" || name == Ns.Ram + "GlobalID"))
                : name == Ns.Cbc + "EndpointID"
                    || (!endpointOnly && ((name == Ns.Cbc + "ID" && element.Parent?.Name == Ns.Cac + "PartyIdentification") || name == Ns.Cbc + "CompanyID"));
            if (selected)
            {
                yield return element;
            }
        }
    }
}
