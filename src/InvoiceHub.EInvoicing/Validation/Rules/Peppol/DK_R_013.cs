using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-013: For Danish Suppliers it is mandatory to use schemeID when PartyIdentification/ID is used for AccountingCustomerParty or AccountingSupplierParty</summary>
internal sealed class DK_R_013() : XmlRule("DK-R-013", "For Danish Suppliers it is mandatory to use schemeID when PartyIdentification/ID is used for AccountingCustomerParty or AccountingSupplierParty")
{
    private const string CiiMessage = "For Danish Suppliers it is mandatory to use schemeID when GlobalID is used for SellerTradeParty or BuyerTradeParty";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DkDomestic(root, cii))
        {
            return;
        }

        if (cii)
        {
            // One document-level test over the first seller and buyer GlobalID.
            static bool Unqualified(XElement? id) => id is not null && id.Attribute("schemeID").NormalizeSpace().Length == 0;
            Assert(findings, root, !Unqualified(root.FirstAt(PeppolNational.Seller + "/ram:GlobalID")) && !Unqualified(root.FirstAt(PeppolNational.Buyer + "/ram:GlobalID")), CiiMessage);
            return;
        }

        foreach (var identification in root.AllAt(PeppolNational.Supplier + "/cac:PartyIdentification").Concat(root.AllAt(PeppolNational.Customer + "/cac:PartyIdentification")))
        {
            Assert(findings, identification, identification.FirstAt("cbc:ID") is not { } id || id.Attribute("schemeID").NormalizeSpace().Length > 0);
        }
    }
}
