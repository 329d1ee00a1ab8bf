using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-001: For Swedish suppliers, Swedish VAT-numbers must consist of 14 characters.</summary>
internal sealed class SE_R_001() : XmlRule("SE-R-001", "For Swedish suppliers, Swedish VAT-numbers must consist of 14 characters.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.SeSupplierWithSeVat(root, cii) is { } party)
        {
            var vat = cii ? PeppolNational.CiiVatId(party) : PeppolNational.UblVatSchemes(party).FirstOrDefault().FirstAt("cbc:CompanyID");
            Assert(findings, party, vat.NormalizeSpace().Length == 14);
        }
    }
}
