using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-09: The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the country of issue may be identified. Nevertheless, Greece may use the prefix EL.</summary>
internal sealed class BR_CO_09() : Rule("BR-CO-09", "The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the country of issue may be identified. Nevertheless, Greece may use the prefix EL.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The official contexts: UBL every PartyTaxScheme under the VAT scheme, CII every SpecifiedTaxRegistration/ID
            // with schemeID VA, wherever they are; the first two characters of the identifier as written.
            if (xml.Syntax == XmlSyntax.Cii)
            {
                foreach (var id in xml.Named(Ns.Ram + "ID").Where(i => i.Parent?.Name == Ns.Ram + "SpecifiedTaxRegistration" && i.Attribute("schemeID")?.Value == "VA"))
                {
                    if (!CiiPrefixListed(id.Value))
                    {
                        findings.Add(this, FindingLocation.Root(context));
                        return;
                    }
                }

                return;
            }

            foreach (var scheme in xml.Named(Ns.Cac + "PartyTaxScheme").Where(CoreXml.IsUblVatScheme))
            {
                if (!UblPrefixListed(scheme.Element(Ns.Cbc + "CompanyID")?.Value ?? string.Empty))
                {
                    findings.Add(this, FindingLocation.Root(context));
                    return;
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (ModelChecks.BadVatPrefix(i))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }

    // The two official lists differ in one code each: UBL lists SS (South Sudan), CII lists AN (Netherlands Antilles).
    private static bool Listed(string prefix, XmlSyntax syntax) =>
        syntax == XmlSyntax.Cii ? prefix == "AN" || (prefix != "SS" && Codes.VatPrefixes.Contains(prefix)) : prefix != "AN" && Codes.VatPrefixes.Contains(prefix);

    /// <summary>CII: <c>contains(' 1A AD ... ', concat(' ', substring(., 1, 2), ' '))</c>, so the two characters must be one listed code.</summary>
    private static bool CiiPrefixListed(string id) => id.Length >= 2 && !id[..2].Contains(' ', StringComparison.Ordinal) && Listed(id[..2], XmlSyntax.Cii);

    /// <summary>
    /// UBL: <c>contains(' 1A AD ... ', substring(cbc:CompanyID, 1, 2))</c> is a test on the list as a string: an empty
    /// identifier, one character of a code, or a code's character beside a space holds too.
    /// </summary>
    private static bool UblPrefixListed(string id)
    {
        var prefix = id.Length > 2 ? id[..2] : id;
        return prefix.Length switch
        {
            0 => true,
            1 => prefix == " " || UblCodes().Any(code => code.Contains(prefix[0], StringComparison.Ordinal)),
            _ => Listed(prefix, XmlSyntax.Ubl)
                || (prefix[0] == ' ' && UblCodes().Any(code => code[0] == prefix[1]))
                || (prefix[1] == ' ' && UblCodes().Any(code => code[1] == prefix[0])),
        };
    }

    private static IEnumerable<string> UblCodes() => Codes.VatPrefixes.Values.Where(c => c != "AN");
}
