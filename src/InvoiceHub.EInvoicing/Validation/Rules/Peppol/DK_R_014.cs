using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-014: For Danish Suppliers it is mandatory to specify schemeID as "0184" (DK CVR-number) when PartyLegalEntity/CompanyID is used for AccountingSupplierParty</summary>
internal sealed class DK_R_014() : XmlRule("DK-R-014", "For Danish Suppliers it is mandatory to specify schemeID as \"0184\" (DK CVR-number) when PartyLegalEntity/CompanyID is used for AccountingSupplierParty")
{
    private const string CiiMessage = "For Danish Suppliers it is mandatory to specify schemeID as \"0184\" when SpecifiedLegalOrganization is used for SellerTradeParty";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.DkSupplier(root, cii))
        {
            var id = root.FirstAt(cii ? PeppolNational.Seller + "/ram:SpecifiedLegalOrganization/ram:ID" : PeppolNational.Supplier + "/cac:PartyLegalEntity/cbc:CompanyID");
            var holds = id is null || id.Attribute("schemeID").NormalizeSpace() == "0184";
            if (cii)
            {
                Assert(findings, root, holds, CiiMessage);
            }
            else
            {
                Assert(findings, root, holds);
            }
        }
    }
}
