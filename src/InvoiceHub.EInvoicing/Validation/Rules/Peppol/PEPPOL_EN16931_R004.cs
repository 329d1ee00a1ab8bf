using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R004: Specification identifier MUST have the value 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'.</summary>
internal sealed class PEPPOL_EN16931_R004() : XmlRule("PEPPOL-EN16931-R004", "Specification identifier MUST have the value 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var spec = cii ? root.FirstAt("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID") : root.FirstAt("cbc:CustomizationID");
        var at = cii ? root.FirstAt("rsm:ExchangedDocumentContext") ?? root : root;
        Assert(findings, at, (spec?.Value ?? string.Empty).Trim().StartsWith("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", StringComparison.Ordinal));
    }
}
