using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-17: The element Invoice type code (BT-3) should only contain 326, 380, 384, 389, 381, 875, 876 or 877.</summary>
internal sealed class BR_DE_17() : XmlRule("BR-DE-17", "The element Invoice type code (BT-3) should only contain 326, 380, 384, 389, 381, 875, 876 or 877.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var code = cii ? root.NormalizedTextAt("rsm:ExchangedDocument/ram:TypeCode") : root.NormalizedTextAt("cbc:InvoiceTypeCode") + root.NormalizedTextAt("cbc:CreditNoteTypeCode");
        Assert(findings, root, code is "326" or "380" or "384" or "389" or "381" or "875" or "876" or "877");
    }
}
