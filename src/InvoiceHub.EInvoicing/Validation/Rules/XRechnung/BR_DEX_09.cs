using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-09: In the extension, Amount due for payment (BT-115) shall equal Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + third party paid amounts + Rounding amount (BT-114).</summary>
internal sealed class BR_DEX_09() : XmlRule("BR-DEX-09", "In the extension, Amount due for payment (BT-115) shall equal Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + third party paid amounts + Rounding amount (BT-114).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        if (root.FirstAt("cac:LegalMonetaryTotal") is not { } totals)
        {
            return;
        }

        var thirdParty = root.AllAt("cac:PrepaidPayment/cbc:PaidAmount").Sum(LenientDecimal.OrZero);
        var payable = XPathMath.Round2(LenientDecimal.OrZero(totals.FirstAt("cbc:PayableAmount")) - LenientDecimal.OrZero(totals.FirstAt("cbc:PayableRoundingAmount")));
        var expected = XPathMath.Round2(LenientDecimal.OrZero(totals.FirstAt("cbc:TaxInclusiveAmount")) - LenientDecimal.OrZero(totals.FirstAt("cbc:PrepaidAmount")) + thirdParty);
        Assert(findings, totals, payable == expected);
    }
}
