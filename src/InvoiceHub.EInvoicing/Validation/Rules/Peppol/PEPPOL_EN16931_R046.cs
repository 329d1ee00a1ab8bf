using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R046: Item net price MUST equal (Gross price - Allowance amount) when gross price is provided.</summary>
internal sealed class PEPPOL_EN16931_R046() : XmlRule("PEPPOL-EN16931-R046", "Item net price MUST equal (Gross price - Allowance amount) when gross price is provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var price in context.Xml!.Descendants(Ns.Cac + "Price"))
        {
            foreach (var charge in price.AllAt("cac:AllowanceCharge"))
            {
                Assert(findings, charge, !charge.HasElementAt("cbc:BaseAmount") || LenientDecimal.OrZero(price.FirstAt("cbc:PriceAmount")) == LenientDecimal.OrZero(charge.FirstAt("cbc:BaseAmount")) - LenientDecimal.OrZero(charge.FirstAt("cbc:Amount")));
            }
        }
    }
}
