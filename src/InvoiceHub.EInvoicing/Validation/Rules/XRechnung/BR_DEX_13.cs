using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-13: In the extension, the third party paid amount shall have at most two decimals.</summary>
internal sealed class BR_DEX_13() : XmlRule("BR-DEX-13", "In the extension, the third party paid amount shall have at most two decimals.", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, payment, XmlExtensions.FractionDigits(payment.FirstAt("cbc:PaidAmount")?.Value ?? string.Empty) <= 2);
        }
    }
}
