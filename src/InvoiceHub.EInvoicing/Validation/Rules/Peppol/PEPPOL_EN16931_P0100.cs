using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-P0100: Invoice type code MUST be set according to the profile.</summary>
internal sealed class PEPPOL_EN16931_P0100() : XmlRule("PEPPOL-EN16931-P0100", "Invoice type code MUST be set according to the profile.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var code = cii ? root.FirstAt("rsm:ExchangedDocument/ram:TypeCode") : root.FirstAt("cbc:InvoiceTypeCode");
        if (code is not null && PeppolChecks.Profile(root, cii) == "01")
        {
            var allowed = cii ? PeppolCodes.Profile01CiiTypes : PeppolCodes.Profile01InvoiceTypes;
            Assert(findings, code, allowed.Contains(code.NormalizeSpace()));
        }
    }
}
