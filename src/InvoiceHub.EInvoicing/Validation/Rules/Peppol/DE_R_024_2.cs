using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-024-2: If "Payment means type code" (BT-81) contains a code for payment card (48, 54, 55), BG-17 and BG-19 shall not be provided.</summary>
internal sealed class DE_R_024_2() : XmlRule("DE-R-024-2", "If \"Payment means type code\" (BT-81) contains a code for payment card (48, 54, 55), BG-17 and BG-19 shall not be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DePaymentMeans(root, 48, 54, 55))
        {
            Assert(findings, means, !means.HasElementAt("cac:PayeeFinancialAccount") && !means.HasElementAt("cac:PaymentMandate"));
        }
    }
}
