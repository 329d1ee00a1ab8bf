using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IT-R-003: [IT-R-003] BT-37 (Seller city) - Italian suppliers MUST provide the postal address city - I fornitori italiani devono indicare la città di residenza.</summary>
internal sealed class IT_R_003() : XmlRule("IT-R-003", "[IT-R-003] BT-37 (Seller city) - Italian suppliers MUST provide the postal address city - I fornitori italiani devono indicare la città di residenza.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "IT")
        {
            return;
        }

        foreach (var party in cii ? root.AllAt(PeppolNational.Seller) : root.AllAt(PeppolNational.Supplier))
        {
            Assert(findings, party, party.HasElementAt(cii ? "ram:PostalTradeAddress/ram:CityName" : "cac:PostalAddress/cbc:CityName"));
        }
    }
}
