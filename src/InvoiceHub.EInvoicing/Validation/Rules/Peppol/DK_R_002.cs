using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-002: Danish suppliers MUST provide legal entity (CVR-number)</summary>
internal sealed class DK_R_002() : XmlRule("DK-R-002", "Danish suppliers MUST provide legal entity (CVR-number)")
{
    private const string CiiMessage = "Danish suppliers MUST provide legal entity.";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.DkSupplier(root, cii))
        {
            if (cii)
            {
                Assert(findings, root, root.NormalizedTextAt(PeppolNational.Seller + "/ram:SpecifiedLegalOrganization/ram:ID").Length > 0, CiiMessage);
            }
            else
            {
                Assert(findings, root, root.NormalizedTextAt(PeppolNational.Supplier + "/cac:PartyLegalEntity/cbc:CompanyID").Length > 0);
            }
        }
    }
}
