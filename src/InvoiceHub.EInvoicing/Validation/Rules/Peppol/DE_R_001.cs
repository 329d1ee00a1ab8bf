using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-001: An invoice shall contain information on "PAYMENT INSTRUCTIONS" (BG-16).</summary>
internal sealed class DE_R_001() : XmlRule("DE-R-001", "An invoice shall contain information on \"PAYMENT INSTRUCTIONS\" (BG-16).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        Assert(findings, root, root.HasElementAt("cac:PaymentMeans"));
    }
}
