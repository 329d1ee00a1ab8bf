using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-016: For Danish Suppliers, a Credit note cannot have a negative total (PayableAmount)</summary>
internal sealed class DK_R_016() : XmlRule("DK-R-016", "For Danish Suppliers, a Credit note cannot have a negative total (PayableAmount)")
{
    private const string CiiMessage = "For Danish Suppliers, a Credit note cannot have a negative total (DuePayableAmount)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DkSupplier(root, cii))
        {
            return;
        }

        if (cii)
        {
            var negativeCreditNote = PeppolNational.DkCustomer(root, cii) && root.FirstAt("rsm:ExchangedDocument/ram:TypeCode").NormalizeSpace() == "381"
                && PeppolChecks.Number(root.FirstAt(PeppolChecks.Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount")?.Value) < 0;
            Assert(findings, root, !negativeCreditNote, CiiMessage);
        }
        else
        {
            var negativeCreditNote = root.Name == Ns.UblCreditNote + "CreditNote" && PeppolNational.DkCustomer(root, cii)
                && PeppolChecks.Number(root.FirstAt("cac:LegalMonetaryTotal/cbc:PayableAmount")?.Value) < 0;
            Assert(findings, root, !negativeCreditNote);
        }
    }
}
