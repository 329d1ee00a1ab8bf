using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-013: The last digit of a Swedish organization number must be valid according to the Luhn algorithm.</summary>
internal sealed class SE_R_013() : XmlRule("SE-R-013", "The last digit of a Swedish organization number must be valid according to the Luhn algorithm.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var entity in cii ? root.AllAt(PeppolNational.Seller + "/ram:SpecifiedLegalOrganization") : root.AllAt(PeppolNational.Supplier + "/cac:PartyLegalEntity"))
        {
            if (PeppolChecks.AddressCountryIs(root, cii, seller: true, "SE") && entity.FirstAt(cii ? "ram:ID" : "cbc:CompanyID") is { } id)
            {
                Assert(findings, entity, PeppolChecks.SeOrgnr(id.NormalizeSpace()));
            }
        }
    }
}
