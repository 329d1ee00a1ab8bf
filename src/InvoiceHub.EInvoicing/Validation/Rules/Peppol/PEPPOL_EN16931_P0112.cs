using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-P0112: Invoice type code 326 or 384 are only allowed when both buyer and seller are German organizations</summary>
internal sealed class PEPPOL_EN16931_P0112() : XmlRule("PEPPOL-EN16931-P0112", "Invoice type code 326 or 384 are only allowed when both buyer and seller are German organizations", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.FirstAt("cbc:InvoiceTypeCode") is { } code && code.NormalizeSpace() is "326" or "384")
        {
            Assert(findings, code, PeppolChecks.AddressCountry(root, cii: false, seller: true).Equals("DE", StringComparison.OrdinalIgnoreCase)
                && PeppolChecks.AddressCountry(root, cii: false, seller: false).Equals("DE", StringComparison.OrdinalIgnoreCase));
        }
    }
}
