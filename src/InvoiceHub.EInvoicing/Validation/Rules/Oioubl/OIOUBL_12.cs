using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-12: For payment means 93 (FIK), PaymentID shall be 71, 73 or 75 and the creditor number (CreditAccount/AccountID) shall have 8 digits.</summary>
internal sealed class OIOUBL_12() : XmlRule("OIOUBL-12", "For payment means 93 (FIK), PaymentID shall be 71, 73 or 75 and the creditor number (CreditAccount/AccountID) shall have 8 digits.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in root.AllAt("cac:PaymentMeans"))
        {
            if (means.NormalizedTextAt("cbc:PaymentMeansCode") == "93")
            {
                var creditor = means.NormalizedTextAt("cac:CreditAccount/cbc:AccountID");
                Assert(findings, means, means.NormalizedTextAt("cbc:PaymentID") is "71" or "73" or "75" && creditor.Length == 8 && creditor.All(char.IsAsciiDigit));
            }
        }
    }
}
