using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-031: If the group "DIRECT DEBIT" (BG-19) is delivered, the element "Debited account identifier" (BT-91) shall be provided.</summary>
internal sealed class DE_R_031() : XmlRule("DE-R-031", "If the group \"DIRECT DEBIT\" (BG-19) is delivered, the element \"Debited account identifier\" (BT-91) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        Assert(findings, root, !root.HasElementAt("cac:PaymentMeans/cac:PaymentMandate") || root.AllAt("cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID").Any());
    }
}
