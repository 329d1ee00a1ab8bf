using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-006: [NL-R-006] For suppliers in the Netherlands, if the fiscal representative is in the Netherlands, the representative's address (cac:TaxRepresentativeParty/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)</summary>
internal sealed class NL_R_006() : XmlRule("NL-R-006", "[NL-R-006] For suppliers in the Netherlands, if the fiscal representative is in the Netherlands, the representative's address (cac:TaxRepresentativeParty/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)")
{
    private const string CiiMessage = "[NL-R-006] For suppliers in the Netherlands, if the fiscal representative is in the Netherlands, the representative's address (ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress) MUST contain street name (ram:LineOne), city (ram:CityName) and post code (ram:PostcodeCode)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!(PeppolNational.NlSupplier(root, cii) && PeppolNational.NlTaxRepresentative(root, cii)))
        {
            return;
        }

        foreach (var address in cii ? root.AllAt(PeppolChecks.Agreement + "/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress") : root.AllAt("cac:TaxRepresentativeParty/cac:PostalAddress"))
        {
            var holds = cii
                ? address.HasElementAt("ram:LineOne") && address.HasElementAt("ram:CityName") && address.HasElementAt("ram:PostcodeCode")
                : address.HasElementAt("cbc:StreetName") && address.HasElementAt("cbc:CityName") && address.HasElementAt("cbc:PostalZone");
            Assert(findings, address, holds, cii ? CiiMessage : Message);
        }
    }
}
