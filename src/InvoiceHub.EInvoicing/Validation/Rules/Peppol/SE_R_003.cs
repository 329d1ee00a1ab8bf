using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-003: Swedish organisation numbers should be numeric.</summary>
internal sealed class SE_R_003() : XmlRule("SE-R-003", "Swedish organisation numbers should be numeric.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var entity in cii ? root.AllAt(PeppolNational.Seller + "/ram:SpecifiedLegalOrganization") : root.AllAt(PeppolNational.Supplier + "/cac:PartyLegalEntity"))
        {
            if (PeppolChecks.AddressCountryIs(root, cii, seller: true, "SE") && entity.FirstAt(cii ? "ram:ID" : "cbc:CompanyID") is { } id)
            {
                Assert(findings, entity, PeppolChecks.IsNumber(id.Value));
            }
        }
    }
}
