using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-002: The group "SELLER CONTACT" (BG-6) shall be provided.</summary>
internal sealed class DE_R_002() : XmlRule("DE-R-002", "The group \"SELLER CONTACT\" (BG-6) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        foreach (var supplier in root.AllAt("cac:AccountingSupplierParty"))
        {
            Assert(findings, supplier, supplier.HasElementAt("cac:Party/cac:Contact"));
        }
    }
}
