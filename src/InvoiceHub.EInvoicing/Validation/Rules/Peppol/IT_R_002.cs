using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IT-R-002: [IT-R-002] BT-35 (Seller address line 1) - Italian suppliers MUST provide the postal address line 1 - I fornitori italiani devono indicare l'indirizzo postale.</summary>
internal sealed class IT_R_002() : XmlRule("IT-R-002", "[IT-R-002] BT-35 (Seller address line 1) - Italian suppliers MUST provide the postal address line 1 - I fornitori italiani devono indicare l'indirizzo postale.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "IT")
        {
            return;
        }

        foreach (var party in cii ? root.AllAt(PeppolNational.Seller) : root.AllAt(PeppolNational.Supplier))
        {
            Assert(findings, party, party.HasElementAt(cii ? "ram:PostalTradeAddress/ram:LineOne" : "cac:PostalAddress/cbc:StreetName"));
        }
    }
}
