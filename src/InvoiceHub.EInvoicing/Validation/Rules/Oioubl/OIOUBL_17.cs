using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-17: LineExtensionAmount of the totals shall equal the sum of the line extension amounts.</summary>
internal sealed class OIOUBL_17() : XmlRule("OIOUBL-17", "LineExtensionAmount of the totals shall equal the sum of the line extension amounts.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.FirstAt("cac:LegalMonetaryTotal/cbc:LineExtensionAmount") is not { } total)
        {
            return;
        }

        var lines = root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine")).Select(l => l.FirstAt("cbc:LineExtensionAmount"));
        Assert(findings, total, LenientDecimal.OrZero(total) == lines.Sum(LenientDecimal.OrZero));
    }
}
