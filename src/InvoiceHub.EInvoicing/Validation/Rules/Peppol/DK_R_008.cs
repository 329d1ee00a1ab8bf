using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-008: For Danish Suppliers PaymentID is mandatory and MUST start with 01#, 04# or 15# (kortartkode), and PayeeFinancialAccount/ID (Giro kontonummer) is mandatory and must be 7 or 8 numerical characters long, when payment means equals 50 (Giro)</summary>
internal sealed class DK_R_008() : XmlRule("DK-R-008", "For Danish Suppliers PaymentID is mandatory and MUST start with 01#, 04# or 15# (kortartkode), and PayeeFinancialAccount/ID (Giro kontonummer) is mandatory and must be 7 or 8 numerical characters long, when payment means equals 50 (Giro)")
{
    private const string CiiMessage = "For Danish Suppliers PaymentReference is mandatory and MUST start with 01#, 04# or 15# (kortartkode), and PayeePartyCreditorFinancialAccount/IBANID (Giro kontonummer) is mandatory and must be 7 characters long, when payment means equals 50 (Giro)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            if (PeppolNational.MeansCode(means, cii) == "50")
            {
                var prefixed = PeppolNational.Head3(PeppolNational.DkPaymentId(means, cii)) is "01#" or "04#" or "15#";

                // The giro account: 7 or 8 digits in UBL, exactly 7 characters in CII.
                var account = means.FirstAt(cii ? "ram:PayeePartyCreditorFinancialAccount/ram:IBANID" : "cac:PayeeFinancialAccount/cbc:ID")?.Value ?? string.Empty;
                var accountOk = cii ? account.Length == 7 : account.Length is 7 or 8 && account.All(char.IsAsciiDigit);
                Assert(findings, means, prefixed && accountOk, cii ? CiiMessage : Message);
            }
        }
    }
}
