using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R048: Italian VAT Code (Partita Iva) must be stated in the correct format</summary>
internal sealed class PEPPOL_COMMON_R048() : XmlRule("PEPPOL-COMMON-R048", "Italian VAT Code (Partita Iva) must be stated in the correct format", Severity.Warning, XmlSyntax.Cii)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        // Bound to CII only: the UBL binding of R048 is commented out in the official set.
        if (!cii)
        {
            return;
        }

        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "9906", endpointOnly: true))
        {
            Assert(findings, id, PeppolChecks.PartitaIva(id.Norm()));
        }
    }
}
