using System.Text;
using System.Text.RegularExpressions;

namespace InvoiceHub.Parties.Domain;

/// <summary>
/// German commercial, cooperative, partnership and association register numbers ("HRB 123456"): the number is unique
/// only within its register court, so two courts' "HRB 123456" are two companies. The court travels in the identifier
/// itself ("HRB 123456, Amtsgericht Köln") or in the seller's legal information (BT-33).
/// </summary>
internal static partial class GermanRegister
{
    [GeneratedRegex(@"\b(HRA|HRB|GnR|PR|VR|GsR)\s*[.:]?\s*(\d{1,7})(?-i:(?:\s?([A-Z]{1,2})\b)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // "Amtsgericht Köln", "Registergericht: Amtsgericht Charlottenburg", "Amtsgericht Berlin (Charlottenburg)". One word
    // (with "Bad" and a bracketed district): what follows the court in free text ("Geschäftsführer ...") is not part of
    // it. A bare "AG" is left out: it is far more often the legal form before a place ("Muster AG Köln") than the court.
    [GeneratedRegex(@"\b(?:Amtsgericht|Registergericht|Reg\.?-?\s?Gericht)\s*:?\s*(?:Amtsgericht\s+)?((?:Bad\s+)?\p{Lu}[\p{L}\-]*(?:\s*\(\p{Lu}[\p{L}\-]*\))?)", RegexOptions.CultureInvariant)]
    private static partial Regex CourtPattern();

    /// <summary>"HRB123456" (register type upper-case, then the digits and a court's letter suffix), or null.</summary>
    public static string? Number(string? value)
    {
        if (value is null || NumberPattern().Match(value) is not { Success: true } match)
        {
            return null;
        }

        return match.Groups[1].Value.ToUpperInvariant() + match.Groups[2].Value + match.Groups[3].Value.ToUpperInvariant();
    }

    /// <summary>True for a normalised id that is a German register number (court required to compare it).</summary>
    public static bool IsNumber(string? normalised) => normalised is not null && Number(normalised) == normalised;

    /// <summary>The register court named in any of the texts, folded for comparison ("Köln" and "Koeln" are one court).</summary>
    public static string? Court(params ReadOnlySpan<string?> texts)
    {
        foreach (var text in texts)
        {
            if (text is not null && CourtPattern().Match(text) is { Success: true } match)
            {
                return Fold(match.Groups[1].Value);
            }
        }

        return null;
    }

    /// <summary>A court name as stored and compared: upper-case letters, umlauts spelt out, no spaces or punctuation.</summary>
    public static string? Fold(string? court)
    {
        if (string.IsNullOrWhiteSpace(court))
        {
            return null;
        }

        var builder = new StringBuilder(court.Length);
        foreach (var c in court.Trim().ToUpperInvariant())
        {
            _ = c switch
            {
                'Ä' => builder.Append("AE"),
                'Ö' => builder.Append("OE"),
                'Ü' => builder.Append("UE"),
                'ß' => builder.Append("SS"),
                _ when char.IsLetter(c) => builder.Append(c),
                _ => builder,
            };
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
