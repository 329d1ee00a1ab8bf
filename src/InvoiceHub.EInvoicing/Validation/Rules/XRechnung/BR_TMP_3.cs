using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-TMP-3: Item price base quantity (BT-149) of the gross and the net price shall be the same, with the same unit.</summary>
internal sealed class BR_TMP_3() : XmlRule("BR-TMP-3", "Item price base quantity (BT-149) of the gross and the net price shall be the same, with the same unit.", Severity.Fatal, XmlSyntax.Cii)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var line in root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem"))
        {
            var gross = line.FirstAt("ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity");
            var net = line.FirstAt("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity");
            if (gross is null || net is null)
            {
                continue;
            }

            var grossUnit = gross.Attribute("unitCode")?.Value;
            var netUnit = net.Attribute("unitCode")?.Value;
            var sameQuantity = decimal.TryParse(gross.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var g)
                && decimal.TryParse(net.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? g == n : gross.Value == net.Value;
            Assert(findings, line, sameQuantity && (grossUnit is null || netUnit is null || grossUnit == netUnit));
        }
    }
}
