using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-11: In the extension, a third party payment shall have a paid amount.</summary>
internal sealed class BR_DEX_11() : XmlRule("BR-DEX-11", "In the extension, a third party payment shall have a paid amount.", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, payment, payment.HasText("cbc:PaidAmount"));
        }
    }
}
