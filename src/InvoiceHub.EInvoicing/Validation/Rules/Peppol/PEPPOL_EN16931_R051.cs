using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R051: All currencyID attributes must have the same value as the invoice currency code (BT-5), except for the invoice total VAT amount in accounting currency (BT-111).</summary>
internal sealed class PEPPOL_EN16931_R051() : XmlRule("PEPPOL-EN16931-R051", "All currencyID attributes must have the same value as the invoice currency code (BT-5), except for the invoice total VAT amount in accounting currency (BT-111).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var currency = root.FirstAt("cbc:DocumentCurrencyCode")?.Value;
        foreach (var amount in context.Xml!.Descendants())
        {
            var name = amount.Name.LocalName;
            if (amount.Name.Namespace != Ns.Cbc || name is not ("Amount" or "BaseAmount" or "PriceAmount" or "TaxAmount" or "TaxableAmount" or "LineExtensionAmount" or "TaxExclusiveAmount"
                or "TaxInclusiveAmount" or "AllowanceTotalAmount" or "ChargeTotalAmount" or "PrepaidAmount" or "PayableRoundingAmount" or "PayableAmount"))
            {
                continue;
            }

            // The tax total without subtotals carries BT-111 in the accounting currency.
            if (name == "TaxAmount" && amount.Parent?.Name == Ns.Cac + "TaxTotal" && !amount.Parent.HasElementAt("cac:TaxSubtotal"))
            {
                continue;
            }

            Assert(findings, amount, amount.Attribute("currencyID")?.Value == currency);
        }
    }
}
