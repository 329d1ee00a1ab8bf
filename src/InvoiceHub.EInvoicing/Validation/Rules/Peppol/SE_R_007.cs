using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-007: For Swedish suppliers using Plusgiro, the Account ID must be numeric</summary>
internal sealed class SE_R_007() : XmlRule("SE-R-007", "For Swedish suppliers using Plusgiro, the Account ID must be numeric", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var account in PeppolNational.SeGiroAccounts(root, cii, "SE:PLUSGIRO"))
        {
            Assert(findings, account, PeppolChecks.IsNumber(account.NormalizeSpace()));
        }
    }
}
