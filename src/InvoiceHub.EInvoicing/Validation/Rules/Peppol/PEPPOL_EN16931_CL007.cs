using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-CL007: Currency code must be according to ISO 4217:2005</summary>
internal sealed class PEPPOL_EN16931_CL007() : XmlRule("PEPPOL-EN16931-CL007", "Currency code must be according to ISO 4217:2005")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var amount in context.Xml!.Descendants())
        {
            var relevant = cii
                ? amount.Name == Ns.Ram + "TaxTotalAmount" && amount.Attribute("currencyID") is not null
                : amount.Name.Namespace == Ns.Cbc && amount.Name.LocalName is "Amount" or "BaseAmount" or "PriceAmount" or "TaxAmount" or "TaxableAmount" or "LineExtensionAmount"
                    or "TaxExclusiveAmount" or "TaxInclusiveAmount" or "AllowanceTotalAmount" or "ChargeTotalAmount" or "PrepaidAmount" or "PayableRoundingAmount" or "PayableAmount";
            if (relevant)
            {
                Assert(findings, amount, InvoiceHub.EInvoicing.Validation.CodeLists.Codes.PeppolCurrencies.Contains(amount.Attribute("currencyID")?.Value));
            }
        }
    }
}
