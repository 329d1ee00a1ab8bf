using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-10: In the extension, a third party payment shall have a type (ID).</summary>
internal sealed class BR_DEX_10() : XmlRule("BR-DEX-10", "In the extension, a third party payment shall have a type (ID).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        if (cii)
        {
            return;
        }

        foreach (var payment in root.AllAt("cac:PrepaidPayment"))
        {
            Assert(findings, payment, payment.HasText("cbc:ID"));
        }
    }
}
