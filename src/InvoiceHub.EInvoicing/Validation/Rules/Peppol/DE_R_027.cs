using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-027: "Seller contact telephone number" (BT-42) should contain a valid telephone number. A valid telephone should consist of 3 digits minimum.</summary>
internal sealed class DE_R_027() : XmlRule("DE-R-027", "\"Seller contact telephone number\" (BT-42) should contain a valid telephone number. A valid telephone should consist of 3 digits minimum.", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var element in root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            Assert(findings, element, element.NormalizedTextAt("cbc:Telephone").Count(char.IsAsciiDigit) >= 3);
        }
    }
}
