using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-004: Swedish organisation numbers consist of 10 characters.</summary>
internal sealed class SE_R_004() : XmlRule("SE-R-004", "Swedish organisation numbers consist of 10 characters.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var entity in cii ? root.AllAt(PeppolNational.Seller + "/ram:SpecifiedLegalOrganization") : root.AllAt(PeppolNational.Supplier + "/cac:PartyLegalEntity"))
        {
            if (PeppolChecks.AddressCountryIs(root, cii, seller: true, "SE") && entity.FirstAt(cii ? "ram:ID" : "cbc:CompanyID") is { } id)
            {
                Assert(findings, entity, id.NormalizeSpace().Length == 10);
            }
        }
    }
}
