using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-003: For the Greek Suppliers, the VAT must start with 'EL' and must be a valid TIN number</summary>
internal sealed class GR_R_003() : XmlRule("GR-R-003", "For the Greek Suppliers, the VAT must start with 'EL' and must be a valid TIN number", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root))
        {
            return;
        }

        foreach (var id in PeppolNational.VatCompanyIds(root.FirstAt(PeppolNational.Supplier)))
        {
            Assert(findings, id, id.Value.StartsWith("EL", StringComparison.Ordinal) && PeppolChecks.Tin(id.Value[2..]));
        }
    }
}
