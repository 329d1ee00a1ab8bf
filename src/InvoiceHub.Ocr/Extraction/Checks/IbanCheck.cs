using System.Collections.Frozen;

namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>IBAN structure (country length) and the MOD 97 check; repairs the letter/digit confusions OCR makes.</summary>
internal static class IbanCheck
{
    private static readonly FrozenDictionary<string, int> _lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18,
        ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GL"] = 18, ["GR"] = 27, ["HR"] = 21,
        ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27,
        ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
        ["SM"] = 27,
    }.ToFrozenDictionary();

    public static int? ExpectedLength(string country) => _lengths.TryGetValue(country, out var length) ? length : null;

    public static bool IsValid(string iban) =>
        iban.Length >= 15 && ExpectedLength(iban[..2]) == iban.Length && Mod97.Remainder(iban[4..] + iban[..4]) == 1;

    /// <summary>
    /// The IBAN at the start of <paramref name="compact"/> (spaces removed) cut to its country's length; when the
    /// check fails, the same with O/I/l/S/B read as digits in the check digits and, for digit-only countries, the rest.
    /// </summary>
    public static (string Iban, bool Valid)? Read(string compact)
    {
        if (compact.Length < 15 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]))
        {
            return null;
        }

        var country = compact[..2].ToUpperInvariant();
        if (ExpectedLength(country) is not { } length || compact.Length < length)
        {
            return null;
        }

        var candidate = country + compact[2..length].ToUpperInvariant();
        if (IsValid(candidate))
        {
            return (candidate, true);
        }

        var repaired = country + new string([.. candidate[2..].Select(ToDigit)]);
        if (IsValid(repaired))
        {
            return (repaired, true);
        }

        return char.IsAsciiDigit(candidate[2]) && char.IsAsciiDigit(candidate[3]) ? (candidate, false) : null;
    }

    private static char ToDigit(char c) => c switch
    {
        'O' or 'Q' or 'D' => '0',
        'I' or 'L' => '1',
        'S' => '5',
        'B' => '8',
        'Z' => '2',
        _ => c,
    };
}
