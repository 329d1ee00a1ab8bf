using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-14: For payment means 31 and 42 (bank transfer), the payee account (PayeeFinancialAccount/ID) shall be present; for 42 also the bank registration number (FinancialInstitutionBranch/ID).</summary>
internal sealed class OIOUBL_14() : XmlRule("OIOUBL-14", "For payment means 31 and 42 (bank transfer), the payee account (PayeeFinancialAccount/ID) shall be present; for 42 also the bank registration number (FinancialInstitutionBranch/ID).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt("cbc:PaymentMeansCode");
            if (code is "31" or "42")
            {
                Assert(findings, means, means.HasText("cac:PayeeFinancialAccount/cbc:ID") && (code == "31" || means.HasText("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID")));
            }
        }
    }
}
