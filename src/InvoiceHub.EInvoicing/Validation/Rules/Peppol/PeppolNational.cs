using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The contexts of the Peppol national rules (DK, DE, GR, IS, IT, NL, NO, SE): which country a party is taken to be
/// in, and the elements each national rule is bound to, each as the official pattern selects them.
/// </summary>
internal static partial class PeppolNational
{
    public const string Seller = PeppolChecks.Agreement + "/ram:SellerTradeParty";
    public const string Buyer = PeppolChecks.Agreement + "/ram:BuyerTradeParty";
    public const string PaymentMeans = PeppolChecks.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";
    public const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    public const string Customer = "cac:AccountingCustomerParty/cac:Party";

    /// <summary>$DKSupplierCountry = 'DK' (the raw postal country code; the Danish pattern neither trims nor upper-cases it).</summary>
    public static bool DkSupplier(XElement root, bool cii) => PeppolChecks.AddressCountryIs(root, cii, seller: true, "DK");

    public static bool DkCustomer(XElement root, bool cii) => PeppolChecks.AddressCountryIs(root, cii, seller: false, "DK");

    public static bool DkDomestic(XElement root, bool cii) => DkSupplier(root, cii) && DkCustomer(root, cii);

    /// <summary>$supplierCountryIsDE and $customerCountryIsDE: both postal countries DE (trimmed, upper-cased).</summary>
    public static bool DeDomestic(XElement root) =>
        PeppolChecks.AddressCountryUpperIs(root, cii: false, seller: true, "DE") && PeppolChecks.AddressCountryUpperIs(root, cii: false, seller: false, "DE");

    /// <summary>$supplierCountryIsNL: the seller's postal country, trimmed and upper-cased.</summary>
    public static bool NlSupplier(XElement root, bool cii) => PeppolChecks.AddressCountryUpperIs(root, cii, seller: true, "NL");

    public static bool NlCustomer(XElement root, bool cii) => PeppolChecks.AddressCountryUpperIs(root, cii, seller: false, "NL");

    /// <summary>$taxRepresentativeCountryIsNL.</summary>
    public static bool NlTaxRepresentative(XElement root, bool cii) =>
        string.Equals(
            cii ? root.NormalizedTextAt(PeppolChecks.Agreement + "/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress/ram:CountryID")
                : root.NormalizedTextAt("cac:TaxRepresentativeParty/cac:PostalAddress/cac:Country/cbc:IdentificationCode"),
            "NL",
            StringComparison.OrdinalIgnoreCase);

    /// <summary>$isGreekSender: $supplierCountry (VAT prefix, tax representative, address) is GR or EL.</summary>
    public static bool GreekSender(XElement root) => PeppolChecks.SupplierCountry(root, cii: false) is "GR" or "EL";

    /// <summary>$isGreekReceiver: $customerCountry is GR or EL.</summary>
    public static bool GreekReceiver(XElement root) => PeppolChecks.CustomerCountry(root) is "GR" or "EL";

    /// <summary>$accountingSupplierCountry of the Greek rules: like $supplierCountry, without the tax representative step.</summary>
    public static string AccountingSupplierCountry(XElement root)
    {
        if (PeppolChecks.VatCompanyId(root.FirstAt(Supplier)) is { } vat && vat.Value.Length > 0)
        {
            return XmlExtensions.Normalize(vat.Value.Length >= 2 ? vat.Value[..2] : vat.Value).ToUpperInvariant();
        }

        var code = root.FirstAt(Supplier + "/cac:PostalAddress/cac:Country/cbc:IdentificationCode");
        return code is not null ? code.NormalizeSpace().ToUpperInvariant() : "XX";
    }

    /// <summary>The Greek $supplierCountry or customer party's VAT identifiers (PartyTaxScheme with normalized scheme VAT).</summary>
    public static IEnumerable<XElement> VatCompanyIds(XElement? party) =>
        party.AllAt("cac:PartyTaxScheme").Where(s => s.NormalizedTextAt("cac:TaxScheme/cbc:ID") == "VAT").SelectMany(s => s.AllAt("cbc:CompanyID"));

    /// <summary>
    /// GR-S-011 / GR-R-006: exactly one VAT identifier, prefixed EL, and a valid Greek tax number after the prefix.
    /// </summary>
    public static bool GreekVatId(XElement? party)
    {
        var ids = VatCompanyIds(party).ToList();
        return ids.Count == 1 && ids[0].Value.StartsWith("EL", StringComparison.Ordinal) && PeppolChecks.Tin(ids[0].Value[2..]);
    }

    /// <summary>The raw code of a payment means (first PaymentMeansCode or TypeCode), "" when absent.</summary>
    public static string MeansCode(XElement means, bool cii) => means.FirstAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode")?.Value ?? string.Empty;

    /// <summary>The Danish payment means rules' context: UBL invoices (not credit notes) and all CII documents, both parties in DK.</summary>
    public static IEnumerable<XElement> DkPaymentMeans(XElement root, bool cii)
    {
        if (!DkDomestic(root, cii) || (!cii && root.Name != Ns.UblInvoice + "Invoice"))
        {
            return [];
        }

        return cii ? root.AllAt(PaymentMeans) : root.AllAt("cac:PaymentMeans");
    }

    /// <summary>The payment reference the Danish giro and FIK rules read: PaymentID (UBL) or the settlement's PaymentReference (CII).</summary>
    public static string DkPaymentId(XElement means, bool cii) => (cii ? means.Parent.FirstAt("ram:PaymentReference") : means.FirstAt("cbc:PaymentID"))?.Value ?? string.Empty;

    /// <summary>substring(value, 1, 3) (the CII binding writes substring(value, 0, 4), which selects the same characters).</summary>
    public static string Head3(string value) => value.Length > 3 ? value[..3] : value;

    /// <summary>The SE rules' seller: postal country SE (raw) and, where asked, a VAT identifier starting with SE.</summary>
    public static bool SeSupplier(XElement root, bool cii) => PeppolChecks.AddressCountryIs(root, cii, seller: true, "SE");

    /// <summary>The seller party of the SE-R-001/002/006 contexts: Swedish address and a VAT identifier starting with SE.</summary>
    public static XElement? SeSupplierWithSeVat(XElement root, bool cii)
    {
        if (cii)
        {
            return root.AllAt(Seller).FirstOrDefault(p => p.AllAt("ram:PostalTradeAddress/ram:CountryID").Any(c => c.Value == "SE")
                && p.AllAt("ram:SpecifiedTaxRegistration").Any(r => Head2(r.AllAt("ram:ID").FirstOrDefault(i => i.Attribute("schemeID")?.Value == "VAT")?.Value) == "SE"));
        }

        return root.AllAt(Supplier).FirstOrDefault(p => p.AllAt("cac:PostalAddress/cac:Country/cbc:IdentificationCode").Any(c => c.Value == "SE")
            && UblVatSchemes(p).Any(s => Head2(s.FirstAt("cbc:CompanyID")?.Value) == "SE"));
    }

    /// <summary>PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT'] (raw comparison, as the SE rules write it).</summary>
    public static IEnumerable<XElement> UblVatSchemes(XElement? party) =>
        party.AllAt("cac:PartyTaxScheme").Where(s => s.AllAt("cac:TaxScheme/cbc:ID").Any(i => i.Value == "VAT"));

    /// <summary>The first VAT identifier of a CII party (SpecifiedTaxRegistration/ID with scheme VAT).</summary>
    public static XElement? CiiVatId(XElement? party) =>
        party.AllAt("ram:SpecifiedTaxRegistration/ram:ID").FirstOrDefault(i => i.Attribute("schemeID")?.Value == "VAT");

    /// <summary>The Swedish giro rules' account ids: credit transfer (30) to SE:PLUSGIRO or SE:BANKGIRO.</summary>
    public static IEnumerable<XElement> SeGiroAccounts(XElement root, bool cii, string branch)
    {
        if (!SeSupplier(root, cii))
        {
            return [];
        }

        return cii
            ? root.AllAt(PaymentMeans).Where(m => m.NormalizedTextAt("ram:TypeCode") == "30" && m.NormalizedTextAt("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID") == branch)
                .SelectMany(m => m.AllAt("ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID"))
            : root.AllAt("cac:PaymentMeans").Where(m => m.NormalizedTextAt("cbc:PaymentMeansCode") == "30" && m.NormalizedTextAt("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID") == branch)
                .SelectMany(m => m.AllAt("cac:PayeeFinancialAccount/cbc:ID"));
    }

    /// <summary>contains(concat(' ', string-join(@schemeID, ' '), ' '), ' 0106 ') or ... ' 0190 ': a KVK or OIN scheme.</summary>
    public static bool KvkOrOin(XElement id)
    {
        var scheme = " " + (id.Attribute("schemeID")?.Value ?? string.Empty) + " ";
        return (scheme.Contains(" 0106 ", StringComparison.Ordinal) || scheme.Contains(" 0190 ", StringComparison.Ordinal)) && id.NormalizeSpace().Length > 0;
    }

    /// <summary>The DE-R payment means of the given numeric codes (the German pattern compares PaymentMeansCode as a number).</summary>
    public static IEnumerable<XElement> DePaymentMeans(XElement root, params double[] codes) =>
        DeDomestic(root) ? root.AllAt("cac:PaymentMeans").Where(m => m.AllAt("cbc:PaymentMeansCode").Any(c => codes.Contains(PeppolChecks.Number(c.Value)))) : [];

    /// <summary>The Icelandic pattern's $SupplierCountry / $CustomerCountry (raw postal country codes).</summary>
    public static bool IsSupplier(XElement root) => root.FirstAt(Supplier + "/cac:PostalAddress/cac:Country/cbc:IdentificationCode")?.Value == "IS";

    public static bool IsCustomer(XElement root) => root.FirstAt(Customer + "/cac:PostalAddress/cac:Country/cbc:IdentificationCode")?.Value == "IS";

    /// <summary>AdditionalDocumentReference[cbc:DocumentDescription = text].</summary>
    public static IEnumerable<XElement> DocumentReferences(XElement root, string description) =>
        root.AllAt("cac:AdditionalDocumentReference").Where(d => d.AllAt("cbc:DocumentDescription").Any(e => e.Value == description));

    /// <summary>$XR-EMAIL-REGEX of the German Peppol pattern (stricter than the XRechnung one; its quote class holds '"').</summary>
    [GeneratedRegex("^[a-zA-Z0-9!#$%&\"*+/=?^_`{|}~-]+(\\.[a-zA-Z0-9!#$%&\"*+/=?^_`{|}~-]+)*@([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$")]
    public static partial Regex Email();

    /// <summary>$dateRegExp of the Greek rules: day, month, year with an optional -, \, / or space between (not anchored at the end).</summary>
    [GeneratedRegex(@"^(0?[1-9]|[12][0-9]|3[01])[-\\/ ]?(0?[1-9]|1[0-2])[-\\/ ]?(19|20)[0-9]{2}")]
    public static partial Regex GreekDate();

    /// <summary>XPath tokenize(value, separator) for a one-character separator: no tokens for "", empty tokens kept otherwise.</summary>
    public static string[] Tokens(string value, char separator) => value.Length == 0 ? [] : value.Split(separator);

    /// <summary>The Greek invoice number's segments: tokenize(cbc:ID, '\|').</summary>
    public static string[] IdSegments(string value) => Tokens(value, '|');

    /// <summary>PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT'] company ids as text ("" where the scheme has none).</summary>
    public static IEnumerable<string> VatCompanyIdsRaw(XElement? party) =>
        UblVatSchemes(party).Select(s => s.FirstAt("cbc:CompanyID")?.Value ?? string.Empty);

    /// <summary>xs:integer(value) &gt;= 0 (an integer cast that fails counts as false).</summary>
    public static bool NonNegativeInteger(string value) =>
        PeppolChecks.IsInteger(value) && decimal.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= 0;

    private static string Head2(string? value) => value is null ? string.Empty : value.Length > 2 ? value[..2] : value;
}
