using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-008: The element "Buyer city" (BT-52) shall be provided.</summary>
internal sealed class DE_R_008() : XmlRule("DE-R-008", "The element \"Buyer city\" (BT-52) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var element in root.AllAt("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress"))
        {
            Assert(findings, element, element.HasText("cbc:CityName"));
        }
    }
}
