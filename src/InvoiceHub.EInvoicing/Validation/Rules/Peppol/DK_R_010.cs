using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-010: For Danish Suppliers the PaymentID is mandatory and MUST start with 71#, 73# or 75# (kortartkode) and CreditAccount/AccountID (Kreditornummer) is mandatory and MUST be exactly 8 characters long, when Payment means equals 93 (FIK)</summary>
internal sealed class DK_R_010() : XmlRule("DK-R-010", "For Danish Suppliers the PaymentID is mandatory and MUST start with 71#, 73# or 75# (kortartkode) and CreditAccount/AccountID (Kreditornummer) is mandatory and MUST be exactly 8 characters long, when Payment means equals 93 (FIK)")
{
    private const string CiiMessage = "For Danish Suppliers the PaymentReference is mandatory and MUST start with 71#, 73# or 75# (kortartkode) and and PayeePartyCreditorFinancialAccount/IBANID (Kreditornummer) is mandatory and must be exactly 8 characters long, when Payment means equals 93 (FIK)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            if (PeppolNational.MeansCode(means, cii) == "93")
            {
                var prefixed = PeppolNational.Head3(PeppolNational.DkPaymentId(means, cii)) is "71#" or "73#" or "75#";
                var account = means.FirstAt(cii ? "ram:PayeePartyCreditorFinancialAccount/ram:IBANID" : "cac:PayeeFinancialAccount/cbc:ID")?.Value ?? string.Empty;
                Assert(findings, means, prefixed && account.Length == 8, cii ? CiiMessage : Message);
            }
        }
    }
}
