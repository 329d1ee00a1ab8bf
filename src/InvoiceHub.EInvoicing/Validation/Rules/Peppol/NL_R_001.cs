using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-001: [NL-R-001] For suppliers in the Netherlands, if the document is a creditnote, the document MUST contain an invoice reference (cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID)</summary>
internal sealed class NL_R_001() : XmlRule("NL-R-001", "[NL-R-001] For suppliers in the Netherlands, if the document is a creditnote, the document MUST contain an invoice reference (cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID)")
{
    private const string CiiMessage = "[NL-R-001] For suppliers in the Netherlands, if the document is a creditnote, the document MUST contain an invoice reference (ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.NlSupplier(root, cii))
        {
            return;
        }

        if (cii)
        {
            if (root.FirstAt("rsm:ExchangedDocument") is { } document && document.NormalizedTextAt("ram:TypeCode") is "81" or "83" or "381" or "396" or "532")
            {
                Assert(findings, document, root.HasElementAt(PeppolChecks.Settlement + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"), CiiMessage);
            }

            return;
        }

        foreach (var code in context.Xml!.Descendants(Ns.Cbc + "CreditNoteTypeCode"))
        {
            Assert(findings, code, root.HasElementAt("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        }
    }
}
