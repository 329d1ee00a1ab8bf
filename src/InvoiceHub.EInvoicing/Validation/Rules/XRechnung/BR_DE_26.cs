using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-26: If Invoice type code (BT-3) is 384 (Corrected invoice), PRECEDING INVOICE REFERENCE (BG-3) should be provided.</summary>
internal sealed class BR_DE_26() : XmlRule("BR-DE-26", "If Invoice type code (BT-3) is 384 (Corrected invoice), PRECEDING INVOICE REFERENCE (BG-3) should be provided.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var code = cii ? root.Text("rsm:ExchangedDocument/ram:TypeCode") : root.Text("cbc:InvoiceTypeCode") + root.Text("cbc:CreditNoteTypeCode");
        Assert(findings, root, code != "384" || root.Has(cii ? XR.Settlement + "/ram:InvoiceReferencedDocument" : "cac:BillingReference/cac:InvoiceDocumentReference"));
    }
}
