using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IT-R-001: [IT-R-001] BT-32 (Seller tax registration identifier) - For Italian suppliers BT-32 minimum length 11 and maximum length shall be 16. Per i fornitori italiani il BT-32 deve avere una lunghezza tra 11 e 16 caratteri</summary>
internal sealed class IT_R_001() : XmlRule("IT-R-001", "[IT-R-001] BT-32 (Seller tax registration identifier) - For Italian suppliers BT-32 minimum length 11 and maximum length shall be 16. Per i fornitori italiani il BT-32 deve avere una lunghezza tra 11 e 16 caratteri")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "IT")
        {
            return;
        }

        if (cii)
        {
            foreach (var registration in root.AllAt(PeppolNational.Seller + "/ram:SpecifiedTaxRegistration"))
            {
                var other = registration.AllAt("ram:ID").Any(i => i.Attribute("schemeID").NormalizeSpace() != "FC");
                var fiscal = registration.AllAt("ram:ID").FirstOrDefault(i => i.Attribute("schemeID").NormalizeSpace() == "FC").NormalizeSpace();
                Assert(findings, registration, other || TaxId(fiscal));
            }

            return;
        }

        foreach (var scheme in root.AllAt(PeppolNational.Supplier + "/cac:PartyTaxScheme"))
        {
            if (scheme.NormalizedTextAt("cac:TaxScheme/cbc:ID") != "VAT")
            {
                Assert(findings, scheme, TaxId(scheme.NormalizedTextAt("cbc:CompanyID")));
            }
        }

        // '^[A-Z0-9]{11,16}$'
        static bool TaxId(string value) => value.Length is >= 11 and <= 16 && value.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch));
    }
}
