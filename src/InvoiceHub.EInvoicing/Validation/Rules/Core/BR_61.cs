using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-61: If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.</summary>
internal sealed class BR_61() : Rule("BR-61", "If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            if (xml.Syntax == XmlSyntax.Cii)
            {
                // CII: the context is the creditor account below a payment means typed 30 or 58 (compared as written);
                // the account identifier must exist (an empty IBANID is present).
                foreach (var account in xml.Named(Ns.Ram + "PayeePartyCreditorFinancialAccount"))
                {
                    if (account.Parent is { } means && means.Name == Ns.Ram + "SpecifiedTradeSettlementPaymentMeans"
                        && means.Elements(Ns.Ram + "TypeCode").Any(t => t.Value is "30" or "58")
                        && account.Element(Ns.Ram + "IBANID") is null && account.Element(Ns.Ram + "ProprietaryID") is null)
                    {
                        findings.Add(this, XmlLocation.Of(account));
                    }
                }

                return;
            }

            foreach (var means in xml.Named(Ns.Cac + "PaymentMeans"))
            {
                if (means.Element(Ns.Cbc + "PaymentMeansCode").NormalizeSpace() is "30" or "58"
                    && !means.Elements(Ns.Cac + "PayeeFinancialAccount").Elements(Ns.Cbc + "ID").Any())
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
            var p = i.PaymentInstructions[n];
            if (ModelChecks.IsCreditTransfer(p) && p.CreditTransfer?.AccountId is null && (!ModelChecks.IsCii(c) || p.CreditTransfer is not null))
            {
                findings.Add(this, FindingLocation.PaymentMeans(c, n));
            }
        }
    }
}
