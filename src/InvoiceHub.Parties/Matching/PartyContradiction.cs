using System.Text;
using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Matching;

/// <summary>
/// What a found party says against the document: another VAT id, another country, or a name with no word in common.
/// Only facts both sides state count; a value missing on either side never contradicts.
/// </summary>
internal static class PartyContradiction
{
    // Legal forms and filler words say nothing about which company it is.
    private static readonly HashSet<string> _noise = new(StringComparer.Ordinal)
    {
        "APS", "GMBH", "MBH", "LTD", "LLC", "INC", "SARL", "SAS", "SPA", "SRL", "PLC", "CORP", "COMPANY", "THE", "AND", "UND",
        "ET", "DER", "DIE", "DAS", "FUER", "VON", "OHG", "EEK", "IVS", "HOLDING", "GROUP",
    };

    public static string? Find(Party party, PartyCandidate candidate, MatchKeys keys)
    {
        if (keys.VatId is { } vatId && party.VatId is { } known && vatId != known)
        {
            return $"its VAT id is {known}, the document's {vatId}";
        }

        var country = candidate.CountryCode?.Trim().ToUpperInvariant();
        if (country is { Length: 2 } && party.CountryCode is { } partyCountry && !string.Equals(partyCountry, country, StringComparison.OrdinalIgnoreCase))
        {
            return $"it is in {partyCountry.ToUpperInvariant()}, the document's party in {country}";
        }

        if (!string.IsNullOrWhiteSpace(candidate.Name) && !NamesAgree(party.Name, candidate.Name))
        {
            return $"its name '{party.Name}' has no word in common with the document's '{candidate.Name.Trim()}'";
        }

        return null;
    }

    /// <summary>Department names differ ("Fisk Syd" for "Nordsee Fisk ApS"), so one shared word is enough.</summary>
    public static bool NamesAgree(string known, string written)
    {
        var a = Words(known);
        var b = Words(written);
        // "Nordseefisk" and "Nordsee Fisk" are one name written two ways.
        string joinedA = string.Concat(a), joinedB = string.Concat(b);
        return a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.Ordinal).Any()
            || joinedA.Contains(joinedB, StringComparison.Ordinal) || joinedB.Contains(joinedA, StringComparison.Ordinal);
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.ToUpperInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c switch { 'Ä' => "AE", 'Ö' => "OE", 'Ü' => "UE", 'ß' => "SS", 'Æ' => "AE", 'Ø' => "OE", 'Å' => "AA", _ => c.ToString() });
                continue;
            }

            if (word.Length >= 3 && !_noise.Contains(word.ToString()))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return words;
    }
}
