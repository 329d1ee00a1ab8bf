using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-55: Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).</summary>
internal sealed class BR_55() : Rule("BR-55", "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // UBL: each billing reference needs an InvoiceDocumentReference/ID element; CII: each header invoice
            // reference a non-blank IssuerAssignedID.
            if (xml.Syntax == XmlSyntax.Cii)
            {
                foreach (var reference in xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").Elements(Ns.Ram + "InvoiceReferencedDocument"))
                {
                    if (reference.Elements(Ns.Ram + "IssuerAssignedID").FirstOrDefault().NormalizeSpace().Length == 0)
                    {
                        findings.Add(this, XmlLocation.Of(reference));
                    }
                }

                return;
            }

            foreach (var reference in xml.Named(Ns.Cac + "BillingReference"))
            {
                if (!reference.Elements(Ns.Cac + "InvoiceDocumentReference").Elements(Ns.Cbc + "ID").Any())
                {
                    findings.Add(this, XmlLocation.Of(reference));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;

        for (var n = 0; n < i.PrecedingInvoices.Count; n++)
        {
            var r = i.PrecedingInvoices[n];
            if (!ModelChecks.NotBlank(r.Number))
            {
                findings.Add(this, FindingLocation.PrecedingInvoice(c, n));
            }
        }
    }
}
