using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-02: In the extension, the net amount (BT-131) of an invoice line or sub invoice line should equal the sum of the net amounts of its direct sub invoice lines.</summary>
internal sealed class BR_DEX_02() : XmlRule("BR-DEX-02", "In the extension, the net amount (BT-131) of an invoice line or sub invoice line should equal the sum of the net amounts of its direct sub invoice lines.", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        // UBL invoices only: the official rule is bound to /ubl:Invoice (credit notes have no SubInvoiceLine).
        if (root.Name != Ns.UblInvoice + "Invoice" || !XRechnungCommon.IsExtension(root))
        {
            return;
        }

        var parents = root.AllAt("cac:InvoiceLine").Concat(context.Xml!.Descendants(Ns.Cac + "SubInvoiceLine")).Where(l => l.AllAt("cac:SubInvoiceLine").Any());
        Assert(findings, root, parents.All(SumsUp));
    }

    /// <summary>xs:decimal(LineExtensionAmount) = sum(SubInvoiceLine/xs:decimal(LineExtensionAmount)); a missing amount never equals.</summary>
    private static bool SumsUp(XElement line) =>
        LenientDecimal.TryRead(line.FirstAt("cbc:LineExtensionAmount"), out var amount)
        && amount == line.AllAt("cac:SubInvoiceLine").SelectMany(s => s.AllAt("cbc:LineExtensionAmount")).Sum(LenientDecimal.OrZero);
}
