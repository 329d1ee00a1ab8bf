using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-008: For Swedish suppliers using Bankgiro, the Account ID must be numeric</summary>
internal sealed class SE_R_008() : XmlRule("SE-R-008", "For Swedish suppliers using Bankgiro, the Account ID must be numeric", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var account in PeppolNational.SeGiroAccounts(root, cii, "SE:BANKGIRO"))
        {
            Assert(findings, account, PeppolChecks.IsNumber(account.NormalizeSpace()));
        }
    }
}
