using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-10: A party identifier schemeID shall be an OIOUBL party identifier scheme (DK:CVR, DK:CPR, DK:SE, DK:P, GLN, DUNS, ...) or an ISO 6523 ICD code (e.g. 0088, 0184).</summary>
internal sealed class OIOUBL_10() : XmlRule("OIOUBL-10", "A party identifier schemeID shall be an OIOUBL party identifier scheme (DK:CVR, DK:CPR, DK:SE, DK:P, GLN, DUNS, ...) or an ISO 6523 ICD code (e.g. 0088, 0184).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in OioublCodes.PartyIdentifiers(context.Xml!))
        {
            if (id.Attribute("schemeID") is { } scheme)
            {
                Assert(findings, id, OioublCodes.IsPartyScheme(scheme.Value));
            }
        }
    }
}
