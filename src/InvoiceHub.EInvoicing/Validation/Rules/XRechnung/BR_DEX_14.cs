using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-14: In the extension, the currency of the third party paid amount shall be the invoice currency (BT-5).</summary>
internal sealed class BR_DEX_14() : XmlRule("BR-DEX-14", "In the extension, the currency of the third party paid amount shall be the invoice currency (BT-5).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        if (cii)
        {
            return;
        }

        foreach (var payment in root.AllAt("cac:PrepaidPayment"))
        {
            Assert(findings, payment, payment.FirstAt("cbc:PaidAmount")?.Attribute("currencyID")?.Value == root.FirstAt("cbc:DocumentCurrencyCode")?.Value);
        }
    }
}
