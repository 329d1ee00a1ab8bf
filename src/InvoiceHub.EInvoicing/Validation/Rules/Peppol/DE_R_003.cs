using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-003: The element "Seller city" (BT-37) shall be provided.</summary>
internal sealed class DE_R_003() : XmlRule("DE-R-003", "The element \"Seller city\" (BT-37) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var element in root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:PostalAddress"))
        {
            Assert(findings, element, element.HasText("cbc:CityName"));
        }
    }
}
