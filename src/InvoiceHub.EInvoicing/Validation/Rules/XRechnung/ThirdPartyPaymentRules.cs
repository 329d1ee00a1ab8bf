using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>
/// The XRechnung extension's third party payment rules (BR-DEX-10..14) as rows: the official UBL set asserts all five
/// in one context, <c>/ubl:Invoice/cac:PrepaidPayment[$isExtension]</c>, and they differ only in the test on that
/// payment. UBL only: the CII binding has no third party payment.
/// </summary>
internal static class ThirdPartyPaymentRules
{
    public static IEnumerable<Rule> All() =>
    [
        new ThirdPartyPaymentRule("BR-DEX-10", "In the extension, a third party payment shall have a type (ID).", (payment, _) => payment.HasText("cbc:ID")),
        new ThirdPartyPaymentRule("BR-DEX-11", "In the extension, a third party payment shall have a paid amount.", (payment, _) => payment.HasText("cbc:PaidAmount")),
        new ThirdPartyPaymentRule("BR-DEX-12", "In the extension, a third party payment shall have a description (InstructionID).", (payment, _) => payment.HasText("cbc:InstructionID")),
        new ThirdPartyPaymentRule(
            "BR-DEX-13",
            "In the extension, the third party paid amount shall have at most two decimals.",
            (payment, _) => XmlExtensions.FractionDigits(payment.FirstAt("cbc:PaidAmount")?.Value ?? string.Empty) <= 2),
        new ThirdPartyPaymentRule(
            "BR-DEX-14",
            "In the extension, the currency of the third party paid amount shall be the invoice currency (BT-5).",
            // A general comparison: some paid amount's currency equals some currency code; false where either is absent.
            (payment, root) => payment.AllAt("cbc:PaidAmount")
                .Select(amount => amount.Attribute("currencyID")?.Value)
                .Any(currency => currency is not null && root.AllAt("cbc:DocumentCurrencyCode").Any(code => code.Value == currency))),
    ];
}

/// <summary>
/// One assertion on each third party payment (<c>cac:PrepaidPayment</c>) of an extension invoice; fatal, UBL only. The
/// official context starts at <c>/ubl:Invoice</c>: a credit note's payments are not judged.
/// </summary>
/// <param name="holds">The official test, given the payment and the document root.</param>
internal sealed class ThirdPartyPaymentRule(string id, string message, Func<XElement, XElement, bool> holds) : XmlRule(id, message, Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.Name != Ns.UblInvoice + "Invoice" || !XRechnungCommon.IsExtension(root))
        {
            return;
        }

        foreach (var payment in root.AllAt("cac:PrepaidPayment"))
        {
            Assert(findings, payment, holds(payment, root));
        }
    }
}
