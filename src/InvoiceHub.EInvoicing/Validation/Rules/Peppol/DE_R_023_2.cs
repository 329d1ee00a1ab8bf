using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-023-2: If "Payment means type code" (BT-81) contains a code for credit transfer (30, 58), BG-18 and BG-19 shall not be provided.</summary>
internal sealed class DE_R_023_2() : XmlRule("DE-R-023-2", "If \"Payment means type code\" (BT-81) contains a code for credit transfer (30, 58), BG-18 and BG-19 shall not be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DePaymentMeans(root, 30, 58))
        {
            Assert(findings, means, !means.HasElementAt("cac:CardAccount") && !means.HasElementAt("cac:PaymentMandate"));
        }
    }
}
