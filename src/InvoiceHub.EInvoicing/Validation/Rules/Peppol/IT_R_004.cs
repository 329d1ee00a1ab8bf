using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IT-R-004: "&gt;[IT-R-004] BT-38 (Seller post code) - Italian suppliers MUST provide the postal address post code - I fornitori italiani devono indicare il CAP di residenza.</summary>
internal sealed class IT_R_004() : XmlRule("IT-R-004", "\">[IT-R-004] BT-38 (Seller post code) - Italian suppliers MUST provide the postal address post code - I fornitori italiani devono indicare il CAP di residenza.")
{
    private const string CiiMessage = "[IT-R-004] BT-38 (Seller post code) - Italian suppliers MUST provide the postal address post code - I fornitori italiani devono indicare il CAP di residenza.";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "IT")
        {
            return;
        }

        foreach (var party in cii ? root.AllAt(PeppolNational.Seller) : root.AllAt(PeppolNational.Supplier))
        {
            Assert(findings, party, party.HasElementAt(cii ? "ram:PostalTradeAddress/ram:PostcodeCode" : "cac:PostalAddress/cbc:PostalZone"), cii ? CiiMessage : Message);
        }
    }
}
