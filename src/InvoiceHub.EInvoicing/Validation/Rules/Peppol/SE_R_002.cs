using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-002: For Swedish suppliers, the Swedish VAT-numbers must have the trailing 12 characters in numeric form</summary>
internal sealed class SE_R_002() : XmlRule("SE-R-002", "For Swedish suppliers, the Swedish VAT-numbers must have the trailing 12 characters in numeric form")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.SeSupplierWithSeVat(root, cii) is { } party)
        {
            var vat = (cii ? PeppolNational.CiiVatId(party) : PeppolNational.UblVatSchemes(party).FirstOrDefault().FirstAt("cbc:CompanyID"))?.Value ?? string.Empty;

            // substring(vat, 3, 12) as a number.
            Assert(findings, party, PeppolChecks.IsNumber(vat.Length > 2 ? vat.Substring(2, Math.Min(12, vat.Length - 2)) : string.Empty));
        }
    }
}
