using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NO-R-002: For Norwegian suppliers, most invoice issuers are required to append "Foretaksregisteret" to their invoice. "Dersom selger er aksjeselskap, allmennaksjeselskap eller filial av utenlandsk selskap skal også ordet «Foretaksregisteret» fremgå av salgsdokumentet, jf. foretaksregisterloven § 10-2."</summary>
internal sealed class NO_R_002() : XmlRule("NO-R-002", "For Norwegian suppliers, most invoice issuers are required to append \"Foretaksregisteret\" to their invoice. \"Dersom selger er aksjeselskap, allmennaksjeselskap eller filial av utenlandsk selskap skal også ordet «Foretaksregisteret» fremgå av salgsdokumentet, jf. foretaksregisterloven § 10-2.\"", Severity.Warning)
{
    private const string CiiMessage = "Most invoice issuers are required to append \"Foretaksregisteret\" to their invoice. \"Dersom selger er aksjeselskap, allmennaksjeselskap eller filial av utenlandsk selskap skal også ordet «Foretaksregisteret» fremgå av salgsdokumentet, jf. foretaksregisterloven § 10-2.\"";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolChecks.SupplierCountry(root, cii) != "NO")
        {
            return;
        }

        foreach (var party in cii ? root.AllAt(PeppolNational.Seller) : root.AllAt(PeppolNational.Supplier))
        {
            if (cii)
            {
                Assert(findings, party, party.AllAt("ram:SpecifiedTaxRegistration/ram:ID").Any(i => i.Attribute("schemeID")?.Value == "FC" && i.NormalizeSpace() == "Foretaksregisteret"), CiiMessage);
            }
            else
            {
                Assert(findings, party, party.AllAt("cac:PartyTaxScheme").FirstOrDefault(s => s.NormalizedTextAt("cac:TaxScheme/cbc:ID") == "TAX").NormalizedTextAt("cbc:CompanyID") == "Foretaksregisteret");
            }
        }
    }
}
