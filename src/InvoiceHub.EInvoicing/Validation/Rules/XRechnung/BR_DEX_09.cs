using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-09: In the extension, Amount due for payment (BT-115) shall equal Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + third party paid amounts + Rounding amount (BT-114).</summary>
internal sealed class BR_DEX_09() : XmlRule("BR-DEX-09", "In the extension, Amount due for payment (BT-115) shall equal Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + third party paid amounts + Rounding amount (BT-114).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XR.IsExtension(root))
        {
            return;
        }

        if (cii || root.X("cac:LegalMonetaryTotal") is not { } totals)
        {
            return;
        }

        static decimal Dec(XElement? e) => e is not null && decimal.TryParse(e.Value.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0m;
        var thirdParty = root.Xs("cac:PrepaidPayment/cbc:PaidAmount").Sum(Dec);
        var payable = XPathMath.Round2(Dec(totals.X("cbc:PayableAmount")) - Dec(totals.X("cbc:PayableRoundingAmount")));
        var expected = XPathMath.Round2(Dec(totals.X("cbc:TaxInclusiveAmount")) - Dec(totals.X("cbc:PrepaidAmount")) + thirdParty);
        Assert(findings, totals, payable == expected);
    }
}
