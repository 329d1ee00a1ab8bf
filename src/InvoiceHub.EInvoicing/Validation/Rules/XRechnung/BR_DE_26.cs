using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-26: If Invoice type code (BT-3) is 384 (Corrected invoice), PRECEDING INVOICE REFERENCE (BG-3) should be provided.</summary>
internal sealed class BR_DE_26() : XmlRule("BR-DE-26", "If Invoice type code (BT-3) is 384 (Corrected invoice), PRECEDING INVOICE REFERENCE (BG-3) should be provided.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var code = cii ? root.NormalizedTextAt("rsm:ExchangedDocument/ram:TypeCode") : root.NormalizedTextAt("cbc:InvoiceTypeCode") + root.NormalizedTextAt("cbc:CreditNoteTypeCode");
        Assert(findings, root, code != "384" || root.HasElementAt(cii ? XRechnungCommon.Settlement + "/ram:InvoiceReferencedDocument" : "cac:BillingReference/cac:InvoiceDocumentReference"));
    }
}
