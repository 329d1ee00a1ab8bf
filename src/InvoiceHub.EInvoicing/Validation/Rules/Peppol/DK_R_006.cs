using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-006: For Danish suppliers bank account and registration account is mandatory if payment means is 31 or 42</summary>
internal sealed class DK_R_006() : XmlRule("DK-R-006", "For Danish suppliers bank account and registration account is mandatory if payment means is 31 or 42")
{
    private const string CiiMessage = "For Danish suppliers, bank account and registration account are mandatory if payment means is 31 or 42";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            if (PeppolNational.MeansCode(means, cii) is "31" or "42")
            {
                var holds = cii
                    ? means.NormalizedTextAt("ram:PayeePartyCreditorFinancialAccount/ram:IBANID").Length > 0 && means.NormalizedTextAt("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID").Length > 0
                    : means.NormalizedTextAt("cac:PayeeFinancialAccount/cbc:ID").Length > 0 && means.NormalizedTextAt("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID").Length > 0;
                Assert(findings, means, holds, cii ? CiiMessage : Message);
            }
        }
    }
}
