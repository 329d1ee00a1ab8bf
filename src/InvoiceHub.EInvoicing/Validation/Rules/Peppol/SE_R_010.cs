using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-010: For Swedish suppliers using Plusgiro, the Account ID must have 2-8 characters</summary>
internal sealed class SE_R_010() : XmlRule("SE-R-010", "For Swedish suppliers using Plusgiro, the Account ID must have 2-8 characters", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var account in PeppolNational.SeGiroAccounts(root, cii, "SE:PLUSGIRO"))
        {
            Assert(findings, account, account.NormalizeSpace().Length is >= 2 and <= 8);
        }
    }
}
