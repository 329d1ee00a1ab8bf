using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-49: A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).</summary>
internal sealed class BR_49() : Rule("BR-49", "A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The official context is the payment means element itself (UBL cac:PaymentMeans, CII
            // ram:SpecifiedTradeSettlementPaymentMeans): a CII payment reference alone is no payment instruction.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var means in xml.Named(cii ? Ns.Ram + "SpecifiedTradeSettlementPaymentMeans" : Ns.Cac + "PaymentMeans"))
            {
                if (means.Element(cii ? Ns.Ram + "TypeCode" : Ns.Cbc + "PaymentMeansCode") is null)
                {
                    findings.Add(this, XmlLocation.Of(means));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.PaymentInstructions.Count; n++)
        {
            if (!ModelChecks.NotBlank(i.PaymentInstructions[n].MeansCode))
            {
                findings.Add(this, FindingLocation.PaymentMeans(c, n));
            }
        }
    }
}
