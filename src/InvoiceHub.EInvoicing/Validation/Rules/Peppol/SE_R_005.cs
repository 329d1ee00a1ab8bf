using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-005: For Swedish suppliers, when using Seller tax registration identifier, 'Godkänd för F-skatt' must be stated</summary>
internal sealed class SE_R_005() : XmlRule("SE-R-005", "For Swedish suppliers, when using Seller tax registration identifier, 'Godkänd för F-skatt' must be stated")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolChecks.AddressCountryIs(root, cii, seller: true, "SE"))
        {
            return;
        }

        var party = root.FirstAt(cii ? PeppolNational.Seller : PeppolNational.Supplier);
        if (!party.HasElementAt(cii ? "ram:SpecifiedLegalOrganization/ram:ID" : "cac:PartyLegalEntity/cbc:CompanyID"))
        {
            return;
        }

        var ids = cii
            ? party.AllAt("ram:SpecifiedTaxRegistration/ram:ID").Where(i => i.Attribute("schemeID")?.Value == "FC")
            : party.AllAt("cac:PartyTaxScheme").Where(s => !string.Equals(s.NormalizedTextAt("cac:TaxScheme/cbc:ID"), "VAT", StringComparison.OrdinalIgnoreCase)).SelectMany(s => s.AllAt("cbc:CompanyID"));
        foreach (var id in ids)
        {
            Assert(findings, id, XmlExtensions.Normalize(id.Value.ToUpperInvariant()) == "GODKÄND FÖR F-SKATT");
        }
    }
}
