using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.XRechnung;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-019: The element "Payment account identifier" (BT-84) should contain a valid IBAN if code 58 SEPA is provided in "Payment means type code" (BT-81).</summary>
internal sealed class DE_R_019() : XmlRule("DE-R-019", "The element \"Payment account identifier\" (BT-84) should contain a valid IBAN if code 58 SEPA is provided in \"Payment means type code\" (BT-81).", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DePaymentMeans(root, 30, 58))
        {
            Assert(findings, means, !means.AllAt("cbc:PaymentMeansCode").Any(c => c.Value == "58") || XRechnungCommon.Iban(means.FirstAt("cac:PayeeFinancialAccount/cbc:ID")?.Value));
        }
    }
}
