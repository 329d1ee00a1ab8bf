using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-12: In the extension, a third party payment shall have a description (InstructionID).</summary>
internal sealed class BR_DEX_12() : XmlRule("BR-DEX-12", "In the extension, a third party payment shall have a description (InstructionID).", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, payment, payment.HasText("cbc:InstructionID"));
        }
    }
}
