using System.Text;

namespace InvoiceHub.Parties.Domain;

/// <summary>
/// Normalised forms of identifiers, so that "DK 1234 5678", "dk12345678" and a CVR "12345678" written by different
/// systems compare equal. Stored values and matching keys both go through here.
/// </summary>
internal static class PartyIdentifiers
{
    private static readonly HashSet<string> _cvrSchemes = new(StringComparer.OrdinalIgnoreCase) { "0184", "DK:CVR", "CVR" };
    private static readonly HashSet<string> _glnSchemes = new(StringComparer.OrdinalIgnoreCase) { "0088", "GLN" };

    /// <summary>Upper-case without spaces, dots or dashes; null when nothing is left.</summary>
    public static string? Compact(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c is not ('.' or '-'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    public static string? VatId(string? value) => Compact(value);

    public static string? Iban(string? value) => Compact(value);

    /// <summary>
    /// A registration id; CVR numbers (by scheme, or written as "DK" + 8 digits) become their 8 digits, because
    /// OIOUBL documents carry them both ways.
    /// </summary>
    public static string? RegistrationId(string? value, string? scheme = null)
    {
        var compact = Compact(value);
        if (compact is null)
        {
            return null;
        }

        // "HRB 123456, Amtsgericht Köln": the number alone; the court is kept beside it (Party.RegistrationCourt).
        if (GermanRegister.Number(value) is { } register)
        {
            return register;
        }

        var withoutPrefix = compact.StartsWith("DK", StringComparison.Ordinal) ? compact[2..] : compact;
        if (scheme is not null && _cvrSchemes.Contains(scheme.Trim()))
        {
            var digits = new string([.. compact.Where(char.IsAsciiDigit)]);
            return digits.Length == 0 ? null : digits;
        }

        return withoutPrefix.Length == 8 && withoutPrefix.All(char.IsAsciiDigit) ? withoutPrefix : compact;
    }

    /// <summary>The CVR number inside a Danish VAT id (DK + 8 digits), which is the company's CVR.</summary>
    public static string? CvrFromVatId(string? normalisedVatId) =>
        normalisedVatId is { Length: 10 } v && v.StartsWith("DK", StringComparison.Ordinal) && v[2..].All(char.IsAsciiDigit)
            ? v[2..]
            : null;

    public static string? Digits(string? value) => Compact(value);

    public static bool IsGlnScheme(string? scheme) => scheme is not null && _glnSchemes.Contains(scheme.Trim());

    public static string? ElectronicAddress(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    public static string? Scheme(string? value) => Compact(value);

    /// <summary>
    /// The ISO 6523 ICD of a scheme written either way (OIOUBL "DK:CVR" is 0184, "DK:P" 0096, "DK:SE" 0198, "GLN" 0088),
    /// so that one scheme compares equal however a system wrote it; other schemes upper-case and compact.
    /// </summary>
    public static string? CanonicalScheme(string? scheme) => Compact(scheme) switch
    {
        null => null,
        "DK:CVR" or "CVR" => "0184",
        "DK:P" => "0096",
        "DK:SE" => "0198",
        "GLN" => "0088",
        var other => other,
    };

    /// <summary>13 digits with a valid GS1 check digit.</summary>
    public static bool IsValidGln(string gln)
    {
        if (gln.Length != 13 || !gln.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (gln[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == gln[12] - '0';
    }

    /// <summary>ISO 13616: country code, two check digits, up to 30 alphanumerics, mod 97 of the rearranged number is 1.</summary>
    public static bool IsValidIban(string iban)
    {
        if (iban.Length is < 15 or > 34
            || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])
            || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10 + (c - '0')) % 97
                : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }
}
