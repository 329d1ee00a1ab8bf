using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-009: For Swedish suppliers using Bankgiro, the Account ID must have 7-8 characters</summary>
internal sealed class SE_R_009() : XmlRule("SE-R-009", "For Swedish suppliers using Bankgiro, the Account ID must have 7-8 characters", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var account in PeppolNational.SeGiroAccounts(root, cii, "SE:BANKGIRO"))
        {
            Assert(findings, account, account.NormalizeSpace().Length is 7 or 8);
        }
    }
}
