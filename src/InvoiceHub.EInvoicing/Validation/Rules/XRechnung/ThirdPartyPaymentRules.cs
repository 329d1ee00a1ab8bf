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
            (payment, root) => payment.FirstAt("cbc:PaidAmount")?.Attribute("currencyID")?.Value == root.FirstAt("cbc:DocumentCurrencyCode")?.Value),
    ];
}

/// <summary>One assertion on each third party payment (<c>cac:PrepaidPayment</c>) of an extension document; fatal, UBL only.</summary>
/// <param name="holds">The official test, given the payment and the document root.</param>
internal sealed class ThirdPartyPaymentRule(string id, string message, Func<XElement, XElement, bool> holds) : XmlRule(id, message, Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        foreach (var payment in root.AllAt("cac:PrepaidPayment"))
        {
            Assert(findings, payment, holds(payment, root));
        }
    }
}
