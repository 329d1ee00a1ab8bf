using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-015: The element "Buyer reference" (BT-10) shall be provided.</summary>
internal sealed class DE_R_015() : XmlRule("DE-R-015", "The element \"Buyer reference\" (BT-10) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        Assert(findings, root, root.HasText("cbc:BuyerReference"));
    }
}
