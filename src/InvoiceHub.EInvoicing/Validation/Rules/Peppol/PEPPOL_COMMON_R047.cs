using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R047: Italian VAT Code (Partita Iva) must be stated in the correct format</summary>
internal sealed class PEPPOL_COMMON_R047() : XmlRule("PEPPOL-COMMON-R047", "Italian VAT Code (Partita Iva) must be stated in the correct format", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0211", endpointOnly: false))
        {
            Assert(findings, id, PeppolChecks.PartitaIva(id.Norm()));
        }
    }
}
