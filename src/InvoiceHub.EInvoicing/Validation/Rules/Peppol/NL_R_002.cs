using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-002: [NL-R-002] For suppliers in the Netherlands the supplier's address (cac:AccountingSupplierParty/cac:Party/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)</summary>
internal sealed class NL_R_002() : XmlRule("NL-R-002", "[NL-R-002] For suppliers in the Netherlands the supplier's address (cac:AccountingSupplierParty/cac:Party/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)")
{
    private const string CiiMessage = "[NL-R-002] For suppliers in the Netherlands the supplier's address (ram:SellerTradeParty/ram:PostalTradeAddress) MUST contain street name (ram:LineOne), city (ram:CityName) and post code (ram:PostcodeCode)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!(PeppolNational.NlSupplier(root, cii)))
        {
            return;
        }

        foreach (var address in cii ? root.AllAt(PeppolNational.Seller + "/ram:PostalTradeAddress") : root.AllAt(PeppolNational.Supplier + "/cac:PostalAddress"))
        {
            var holds = cii
                ? address.HasElementAt("ram:LineOne") && address.HasElementAt("ram:CityName") && address.HasElementAt("ram:PostcodeCode")
                : address.HasElementAt("cbc:StreetName") && address.HasElementAt("cbc:CityName") && address.HasElementAt("cbc:PostalZone");
            Assert(findings, address, holds, cii ? CiiMessage : Message);
        }
    }
}
