using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R001: Business process MUST be provided.</summary>
internal sealed class PEPPOL_EN16931_R001() : XmlRule("PEPPOL-EN16931-R001", "Business process MUST be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, root.HasElementAt(cii ? "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID" : "cbc:ProfileID"));
    }
}
