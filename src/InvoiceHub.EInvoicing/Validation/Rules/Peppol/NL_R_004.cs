using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-004: [NL-R-004] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer address (cac:AccountingCustomerParty/cac:Party/cac:PostalAddress) MUST contain the street name (cbc:StreetName), the city (cbc:CityName) and post code (cbc:PostalZone)</summary>
internal sealed class NL_R_004() : XmlRule("NL-R-004", "[NL-R-004] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer address (cac:AccountingCustomerParty/cac:Party/cac:PostalAddress) MUST contain the street name (cbc:StreetName), the city (cbc:CityName) and post code (cbc:PostalZone)")
{
    private const string CiiMessage = "[NL-R-004] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer address (ram:BuyerTradeParty/ram:PostalTradeAddress) MUST contain street name (ram:LineOne), city (ram:CityName) and post code (ram:PostcodeCode)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!(PeppolNational.NlSupplier(root, cii) && PeppolNational.NlCustomer(root, cii)))
        {
            return;
        }

        foreach (var address in cii ? root.AllAt(PeppolNational.Buyer + "/ram:PostalTradeAddress") : root.AllAt(PeppolNational.Customer + "/cac:PostalAddress"))
        {
            var holds = cii
                ? address.HasElementAt("ram:LineOne") && address.HasElementAt("ram:CityName") && address.HasElementAt("ram:PostcodeCode")
                : address.HasElementAt("cbc:StreetName") && address.HasElementAt("cbc:CityName") && address.HasElementAt("cbc:PostalZone");
            Assert(findings, address, holds, cii ? CiiMessage : Message);
        }
    }
}
