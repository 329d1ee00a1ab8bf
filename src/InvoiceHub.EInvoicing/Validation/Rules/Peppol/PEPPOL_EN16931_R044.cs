using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R044: Charge on price level is NOT allowed. Only value 'false' allowed.</summary>
internal sealed class PEPPOL_EN16931_R044() : XmlRule("PEPPOL-EN16931-R044", "Charge on price level is NOT allowed. Only value 'false' allowed.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var charge in context.Xml!.Descendants(Ns.Cac + "Price").SelectMany(p => p.AllAt("cac:AllowanceCharge")))
        {
            Assert(findings, charge, charge.NormalizedTextAt("cbc:ChargeIndicator") == "false");
        }
    }
}
