using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-18: PayableAmount shall equal TaxInclusiveAmount - PrepaidAmount + PayableRoundingAmount.</summary>
internal sealed class OIOUBL_18() : XmlRule("OIOUBL-18", "PayableAmount shall equal TaxInclusiveAmount - PrepaidAmount + PayableRoundingAmount.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.FirstAt("cac:LegalMonetaryTotal") is not { } totals || totals.FirstAt("cbc:PayableAmount") is not { } payable || totals.FirstAt("cbc:TaxInclusiveAmount") is not { } inclusive)
        {
            return;
        }

        Assert(findings, payable, LenientDecimal.OrZero(payable) == LenientDecimal.OrZero(inclusive) - LenientDecimal.OrZero(totals.FirstAt("cbc:PrepaidAmount")) + LenientDecimal.OrZero(totals.FirstAt("cbc:PayableRoundingAmount")));
    }
}
