using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-03: In the extension, every sub invoice line item shall have exactly one classified tax category.</summary>
internal sealed class BR_DEX_03() : XmlRule("BR-DEX-03", "In the extension, every sub invoice line item shall have exactly one classified tax category.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        if (context.Xml!.Descendants(Ns.Cac + "SubInvoiceLine").Any(l => l.FirstAt("cac:Item") is { } item && item.AllAt("cac:ClassifiedTaxCategory").Count() != 1))
        {
            Fail(findings, root);
        }
    }
}
