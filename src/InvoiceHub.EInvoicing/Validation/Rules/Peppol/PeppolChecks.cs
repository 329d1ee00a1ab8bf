using System.Globalization;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The helpers of the Peppol BIS Billing 3.0.19 rule set: the u:* check-digit functions, u:slack, and the
/// supplier/customer country the national rules are keyed on, each computed as the official XPath does.
/// </summary>
internal static class PeppolChecks
{
    public const string Settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
    public const string Agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";

    /// <summary>u:slack: val lies within exp +/- slack.</summary>
    public static bool Slack(decimal exp, decimal val, decimal slack) => exp + slack >= val && exp - slack <= val;

    /// <summary>u:gln: GS1 mod-10 check digit.</summary>
    public static bool Gln(string value)
    {
        if (value.Length < 2 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < value.Length - 1; i++)
        {
            var digit = value[value.Length - 2 - i] - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }

        return (10 - (sum % 10)) % 10 == value[^1] - '0';
    }

    /// <summary>u:mod11: Norwegian organisation number check digit (weights 2..7 from the right).</summary>
    public static bool Mod11(string value)
    {
        if (value.Length < 2 || !value.All(char.IsAsciiDigit) || decimal.Parse(value, CultureInfo.InvariantCulture) <= 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < value.Length - 1; i++)
        {
            sum += (value[value.Length - 2 - i] - '0') * ((i % 6) + 2);
        }

        return (11 - (sum % 11)) % 11 == value[^1] - '0';
    }

    /// <summary>u:mod97-0208: Belgian enterprise number.</summary>
    public static bool Mod97Be(string value) =>
        value.Length == 10 && long.TryParse(value.AsSpan(0, 8), NumberStyles.None, CultureInfo.InvariantCulture, out var head)
        && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var check) && check == 97 - (head % 97);

    /// <summary>u:checkSEOrgnr: Luhn check of a Swedish organisation number.</summary>
    public static bool SeOrgnr(string value)
    {
        if (value.Length < 10 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var main = value[..9];
        var sum = 0;
        for (var pos = 1; pos <= main.Length; pos++)
        {
            var digit = main[main.Length - pos] - '0';
            sum += pos % 2 == 1 ? (digit * 2 % 10) + (digit * 2 / 10) : digit;
        }

        return (10 - (sum % 10)) % 10 == value[9] - '0';
    }

    /// <summary>u:abn: Australian Business Number weighted mod 89.</summary>
    public static bool Abn(string value)
    {
        if (value.Length != 11 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        int[] weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        var sum = (value[0] - '1') * weights[0];
        for (var i = 1; i < 11; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        return sum % 89 == 0;
    }

    /// <summary>$supplierCountry: the seller's VAT prefix, else the tax representative's, else the seller's country, else XX.</summary>
    public static string SupplierCountry(XElement root, bool cii)
    {
        if (cii)
        {
            var seller = root.FirstAt(Agreement + "/ram:SellerTradeParty");
            var prefix = CiiVatPrefix(seller) ?? CiiVatPrefix(root.FirstAt(Agreement + "/ram:SellerTaxRepresentativeTradeParty"));
            if (prefix is not null)
            {
                return prefix;
            }

            var country = seller.FirstAt("ram:PostalTradeAddress/ram:CountryID");
            return country is not null ? country.NormalizeSpace().ToUpperInvariant() : "XX";
        }

        var ubl = VatId(root.FirstAt("cac:AccountingSupplierParty/cac:Party")) ?? VatId(root.FirstAt("cac:TaxRepresentativeParty"));
        if (ubl is not null)
        {
            return ubl;
        }

        var code = root.FirstAt("cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode");
        return code is not null ? code.NormalizeSpace().ToUpperInvariant() : "XX";
    }

    /// <summary>$customerCountry: the buyer's VAT prefix, else the buyer's country, else XX.</summary>
    public static string CustomerCountry(XElement root)
    {
        var party = root.FirstAt("cac:AccountingCustomerParty/cac:Party");
        if (VatId(party) is { } prefix)
        {
            return prefix;
        }

        var code = party.FirstAt("cac:PostalAddress/cac:Country/cbc:IdentificationCode");
        return code is not null ? code.NormalizeSpace().ToUpperInvariant() : "XX";
    }

    /// <summary>The upper-cased country code of the seller's (or buyer's) postal address, as the DE, DK, NL and SE rules test it.</summary>
    public static string AddressCountry(XElement root, bool cii, bool seller) => cii
        ? root.NormalizedTextAt(Agreement + (seller ? "/ram:SellerTradeParty" : "/ram:BuyerTradeParty") + "/ram:PostalTradeAddress/ram:CountryID")
        : root.NormalizedTextAt((seller ? "cac:AccountingSupplierParty" : "cac:AccountingCustomerParty") + "/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode");

    /// <summary>The VAT identifier of a UBL party (PartyTaxScheme with tax scheme VAT).</summary>
    public static XElement? VatCompanyId(XElement? party) =>
        party.AllAt("cac:PartyTaxScheme").Where(s => s.AllAt("cac:TaxScheme/cbc:ID").Any(i => i.Value == "VAT")).Select(s => s.FirstAt("cbc:CompanyID")).FirstOrDefault(c => c is not null);

    /// <summary>The Peppol profile number NN of urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0, or "Unknown".</summary>
    public static string Profile(XElement root, bool cii)
    {
        var id = cii ? root.NormalizedTextAt("rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID") : root.NormalizedTextAt("cbc:ProfileID");
        const string Prefix = "urn:fdc:peppol.eu:2017:poacc:billing:";
        var at = id.IndexOf(Prefix, StringComparison.Ordinal);
        if (at < 0 || id.Length < at + Prefix.Length + 6 || id.Substring(at + Prefix.Length + 2, 4) != ":1.0"
            || !char.IsAsciiDigit(id[at + Prefix.Length]) || !char.IsAsciiDigit(id[at + Prefix.Length + 1]))
        {
            return "Unknown";
        }

        // tokenize(..., ':')[7]
        var parts = id.Split(':');
        return parts.Length >= 7 ? parts[6] : "Unknown";
    }

    /// <summary>
    /// The raw (not normalized) country code of the seller's or buyer's postal address compared as the DK, IS and SE rules
    /// do (<c>IdentificationCode = 'DK'</c>, no normalize-space, no upper-case).
    /// </summary>
    public static bool AddressCountryIs(XElement root, bool cii, bool seller, string code) => cii
        ? root.AllAt(Agreement + (seller ? "/ram:SellerTradeParty" : "/ram:BuyerTradeParty") + "/ram:PostalTradeAddress/ram:CountryID").Any(c => c.Value == code)
        : root.AllAt((seller ? "cac:AccountingSupplierParty" : "cac:AccountingCustomerParty") + "/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode").Any(c => c.Value == code);

    /// <summary>upper-case(normalize-space(country)) = code, as $supplierCountryIsDE / $customerCountryIsNL test it.</summary>
    public static bool AddressCountryUpperIs(XElement root, bool cii, bool seller, string code) =>
        string.Equals(AddressCountry(root, cii, seller), code, StringComparison.OrdinalIgnoreCase);

    /// <summary>XPath number(): the xs:double value of the text, or NaN (whitespace around it is allowed, as are exponents and INF).</summary>
    public static double Number(string? text)
    {
        var value = text?.Trim(' ', '\t', '\n', '\r') ?? string.Empty;
        if (value is "INF" or "+INF")
        {
            return double.PositiveInfinity;
        }

        if (value == "-INF")
        {
            return double.NegativeInfinity;
        }

        // xs:double lexical space: no thousands separators, no hexadecimal, no "Infinity".
        if (value.Length == 0 || value.Any(ch => !(char.IsAsciiDigit(ch) || ch is '.' or '-' or '+' or 'e' or 'E')))
        {
            return double.NaN;
        }

        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }

    /// <summary>string(number(x)) != 'NaN'.</summary>
    public static bool IsNumber(string? text) => !double.IsNaN(Number(text));

    /// <summary>castable as xs:integer: optional sign and digits, whitespace around allowed.</summary>
    public static bool IsInteger(string text)
    {
        var value = text.Trim(' ', '\t', '\n', '\r');
        var digits = value.Length > 0 && value[0] is '+' or '-' ? value[1..] : value;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>castable as xs:date for a 10-character text (YYYY-MM-DD, a real calendar date).</summary>
    public static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>u:TinVerification: Greek tax number, nine digits with a weighted mod 11 check digit.</summary>
    public static bool Tin(string value)
    {
        // number() of a non-digit is NaN and makes the comparison false; a shorter value has no ninth digit.
        if (value.Length < 9 || !value[..9].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (value[i] - '0') << (8 - i);
        }

        return sum % 11 % 10 == value[8] - '0';
    }

    /// <summary>u:checkCodiceIPA: six ASCII letters or digits.</summary>
    public static bool CodiceIpa(string value) => value.Length == 6 && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>u:checkCF: an Italian tax code, 16 characters in the personal pattern or 11 characters castable as an integer.</summary>
    public static bool CodiceFiscale(string value)
    {
        if (value.Length == 11)
        {
            return IsInteger(value);
        }

        // u:checkCF16: letters 1-6, integer 7-8, letter 9, integer 10-11, anything 12-14, integer 15, letter 16.
        return value.Length == 16 && value[..6].All(char.IsAsciiLetter) && IsInteger(value.Substring(6, 2)) && char.IsAsciiLetter(value[8])
            && IsInteger(value.Substring(9, 2)) && char.IsAsciiDigit(value[14]) && char.IsAsciiLetter(value[15]);
    }

    /// <summary>u:checkPIVAseIT: an IT-prefixed value is IT and an 11-digit Partita IVA with its check digit; others pass.</summary>
    public static bool PartitaIva(string value)
    {
        if (!value.StartsWith("IT", StringComparison.Ordinal) && !value.StartsWith("it", StringComparison.Ordinal))
        {
            return true;
        }

        var code = value[2..];

        // u:addPIVA reads digit by digit; a sign would be castable as an integer but not as a digit (an error there).
        if (code.Length != 11 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        const string Doubled = "0246813579";
        var sum = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var digit = code[i] - '0';
            sum += i % 2 == 1 ? Doubled[digit] - '0' : digit;
        }

        return sum % 10 == 0;
    }

    private static string? CiiVatPrefix(XElement? party)
    {
        var vat = party.AllAt("ram:SpecifiedTaxRegistration/ram:ID").FirstOrDefault(i => i.Attribute("schemeID")?.Value == "VAT");
        return vat is not null && vat.Value.Length > 0 ? Prefix(vat.Value) : null;
    }

    private static string? VatId(XElement? party) =>
        VatCompanyId(party) is { } id && id.Value.Length > 0 ? Prefix(id.Value) : null;

    private static string Prefix(string value) => XmlExtensions.Normalize(value.Length >= 2 ? value[..2] : value).ToUpperInvariant();
}
