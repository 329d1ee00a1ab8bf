using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-55: Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).</summary>
internal sealed class BR_55() : Rule("BR-55", "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;

        // The reader keeps no reference without its number, so with the XML the references are checked as written.
        if (c.Xml is { } xml)
        {
            var references = M.Cii(c)
                ? xml.Root.Xs("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument").Where(r => !r.HasText("ram:IssuerAssignedID"))
                : xml.Root.Xs("cac:BillingReference").Where(r => !r.Has("cac:InvoiceDocumentReference/cbc:ID"));
            foreach (var reference in references)
            {
                findings.Add(this, XmlLocation.Of(reference));
            }

            return;
        }

        for (var n = 0; n < i.PrecedingInvoices.Count; n++)
        {
            var r = i.PrecedingInvoices[n];
            if (!M.Text(r.Number))
            {
                findings.Add(this, Where.PrecedingInvoice(c, n));
            }
        }
    }
}
