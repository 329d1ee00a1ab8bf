using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-014: The element "VAT category rate" (BT-119) shall be provided.</summary>
internal sealed class DE_R_014() : XmlRule("DE-R-014", "The element \"VAT category rate\" (BT-119) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var element in root.AllAt("cac:TaxTotal/cac:TaxSubtotal"))
        {
            Assert(findings, element, element.HasText("cac:TaxCategory/cbc:Percent"));
        }
    }
}
