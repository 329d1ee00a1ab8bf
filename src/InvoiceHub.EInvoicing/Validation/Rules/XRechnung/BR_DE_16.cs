using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-16: If one of the VAT codes S, Z, E, AE, K, G, L or M is used, an invoice shall contain at least one of Seller VAT identifier (BT-31), Seller tax registration identifier (BT-32) or SELLER TAX REPRESENTATIVE PARTY (BG-11).</summary>
internal sealed class BR_DE_16() : XmlRule("BR-DE-16", "If one of the VAT codes S, Z, E, AE, K, G, L or M is used, an invoice shall contain at least one of Seller VAT identifier (BT-31), Seller tax registration identifier (BT-32) or SELLER TAX REPRESENTATIVE PARTY (BG-11).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        bool usesVat;
        bool identified;
        if (cii)
        {
            // The CII binding looks at line VAT only: its allowance test compares a whole CategoryTradeTax to 'VAT'.
            usesVat = root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax")
                .Any(t => t.AllAt("ram:TypeCode").Any(e => e.Value == "VAT"))
                && root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode").Any(e => XRechnungCommon.VatCodes.Contains(e.Value));
            identified = root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID").Any(e => e.NormalizedAttribute("schemeID") is "VA" or "FC" && e.NormalizeSpace().Length > 0)
                || root.HasElementAt(XRechnungCommon.Agreement + "/ram:SellerTaxRepresentativeTradeParty");
        }
        else
        {
            usesVat = root.AllAt("cac:AllowanceCharge/cac:TaxCategory/cbc:ID").Concat(XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item/cac:ClassifiedTaxCategory/cbc:ID")))
                .Any(e => XRechnungCommon.VatCodes.Contains(e.Value));
            identified = root.HasElementAt("cac:TaxRepresentativeParty") || root.HasText("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID");
        }

        Assert(findings, root, !usesVat || identified);
    }
}
