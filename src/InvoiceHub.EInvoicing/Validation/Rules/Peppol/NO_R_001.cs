using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NO-R-001: For Norwegian suppliers, a VAT number MUST be the country code prefix NO followed by a valid Norwegian organization number (nine numbers) followed by the letters MVA.</summary>
internal sealed class NO_R_001() : XmlRule("NO-R-001", "For Norwegian suppliers, a VAT number MUST be the country code prefix NO followed by a valid Norwegian organization number (nine numbers) followed by the letters MVA.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "NO")
        {
            return;
        }

        foreach (var party in cii ? root.AllAt(PeppolNational.Seller) : root.AllAt(PeppolNational.Supplier))
        {
            // The prefix test looks at every VAT identifier; the format test at the first (a list there is an XPath error).
            var ids = cii
                ? party.AllAt("ram:SpecifiedTaxRegistration").Where(r => r.AllAt("ram:ID").Any(i => i.Attribute("schemeID")?.Value == "VAT")).Select(r => r.FirstAt("ram:ID")?.Value ?? string.Empty).ToList()
                : party.AllAt("cac:PartyTaxScheme").Where(s => s.NormalizedTextAt("cac:TaxScheme/cbc:ID") == "VAT").Select(s => s.FirstAt("cbc:CompanyID")?.Value ?? string.Empty).ToList();
            if (!ids.Any(v => v.StartsWith("NO", StringComparison.Ordinal)))
            {
                continue;
            }

            // '^[0-9]{9}MVA$' after the prefix, and the mod 11 check digit of the nine digits.
            var first = ids[0];
            var number = first.Length >= 11 ? first.Substring(2, 9) : string.Empty;
            Assert(findings, party, first.Length == 14 && number.All(char.IsAsciiDigit) && first.EndsWith("MVA", StringComparison.Ordinal) && PeppolChecks.Mod11(number));
        }
    }
}
