using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-026: If "Invoice type code" (BT-3) contains the code 384 (Corrected invoice), "PRECEDING INVOICE REFERENCE" (BG-3) should be provided at least once.</summary>
internal sealed class DE_R_026() : XmlRule("DE-R-026", "If \"Invoice type code\" (BT-3) contains the code 384 (Corrected invoice), \"PRECEDING INVOICE REFERENCE\" (BG-3) should be provided at least once.", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        // '= 384' compares as a number.
        var corrected = root.AllAt("cbc:InvoiceTypeCode").Concat(root.AllAt("cbc:CreditNoteTypeCode")).Any(c => PeppolChecks.Number(c.Value) == 384);
        Assert(findings, root, !corrected || root.HasElementAt("cac:BillingReference/cac:InvoiceDocumentReference"));
    }
}
