using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-007: The element "Seller contact email address" (BT-43) shall be provided.</summary>
internal sealed class DE_R_007() : XmlRule("DE-R-007", "The element \"Seller contact email address\" (BT-43) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var element in root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            Assert(findings, element, element.HasText("cbc:ElectronicMail"));
        }
    }
}
