using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-025-2: If "Payment means type code" (BT-81) contains a code for direct debit (59), BG-17 and BG-18 shall not be provided.</summary>
internal sealed class DE_R_025_2() : XmlRule("DE-R-025-2", "If \"Payment means type code\" (BT-81) contains a code for direct debit (59), BG-17 and BG-18 shall not be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DePaymentMeans(root, 59))
        {
            Assert(findings, means, !means.HasElementAt("cac:PayeeFinancialAccount") && !means.HasElementAt("cac:CardAccount"));
        }
    }
}
