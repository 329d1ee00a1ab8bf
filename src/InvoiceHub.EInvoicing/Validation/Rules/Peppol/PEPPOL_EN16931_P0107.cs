using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-P0107: Tax Category AE MUST be used when exemption reason code is VATEX-EU-AE</summary>
internal sealed class PEPPOL_EN16931_P0107() : XmlRule("PEPPOL-EN16931-P0107", "Tax Category AE MUST be used when exemption reason code is VATEX-EU-AE", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var category in context.Xml!.Descendants(Ns.Cac + "TaxCategory"))
        {
            if (category.AllAt("cbc:TaxExemptionReasonCode").Any(c => string.Equals(c.Value, "VATEX-EU-AE", StringComparison.OrdinalIgnoreCase)))
            {
                Assert(findings, category, category.NormalizedTextAt("cbc:ID") == "AE");
            }
        }
    }
}
