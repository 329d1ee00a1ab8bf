using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>EU VAT identifiers: the national format, and the check digit for the countries whose numbers carry one.</summary>
internal static partial class VatIdCheck
{
    public enum Verdict
    {
        Invalid,
        FormatOnly,
        CheckDigitFailed,
        Valid,
    }

    public static Verdict Judge(string vatId)
    {
        if (!FormatPattern().IsMatch(vatId))
        {
            return Verdict.Invalid;
        }

        var country = vatId[..2];
        var number = vatId[2..];
        bool? check = country switch
        {
            "DE" => DigitsOnly(number, 9) ? Mod11_10(number) : null,
            "DK" => DigitsOnly(number, 8) ? CvrCheck.IsValid(number) : null,
            "AT" => number.Length == 9 && number[0] == 'U' && DigitsOnly(number[1..], 8) ? Austria(number[1..]) : null,
            "BE" => DigitsOnly(number, 10) ? 97 - (long.Parse(number[..8], System.Globalization.CultureInfo.InvariantCulture) % 97) == int.Parse(number[8..], System.Globalization.CultureInfo.InvariantCulture) : null,
            "GB" => DigitsOnly(number, 9) || DigitsOnly(number, 12) ? UnitedKingdom(number) : null,
            _ => null,
        };
        var shapeOk = country switch
        {
            "DE" => DigitsOnly(number, 9),
            "DK" => DigitsOnly(number, 8),
            "AT" => number.Length == 9 && number[0] == 'U',
            "BE" => DigitsOnly(number, 10),
            "GB" => DigitsOnly(number, 9) || DigitsOnly(number, 12) || number.StartsWith("GD", StringComparison.Ordinal) || number.StartsWith("HA", StringComparison.Ordinal),
            "NL" => NetherlandsPattern().IsMatch(number),
            "FR" => number.Length == 11 && DigitsOnly(number[2..], 9),
            _ => number.Length is >= 8 and <= 12,
        };
        if (!shapeOk)
        {
            return Verdict.Invalid;
        }

        return check switch
        {
            true => Verdict.Valid,
            false => Verdict.CheckDigitFailed,
            null => Verdict.FormatOnly,
        };
    }

    private static bool DigitsOnly(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);

    /// <summary>ISO 7064 MOD 11,10 (German USt-IdNr.).</summary>
    private static bool Mod11_10(string digits)
    {
        var product = 10;
        for (var i = 0; i < 8; i++)
        {
            var sum = (digits[i] - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = 2 * sum % 11;
        }

        var check = 11 - product;
        return (check == 10 ? 0 : check) == digits[8] - '0';
    }

    private static bool Austria(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            var d = digits[i] - '0';
            sum += i % 2 == 0 ? d : (d * 2 / 10) + (d * 2 % 10);
        }

        return (10 - ((sum + 4) % 10)) % 10 == digits[7] - '0';
    }

    private static bool UnitedKingdom(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * (8 - i);
        }

        sum += int.Parse(digits[7..9], System.Globalization.CultureInfo.InvariantCulture);
        return sum % 97 == 0 || (sum + 55) % 97 == 0;
    }

    [GeneratedRegex("^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|NO|CH)[0-9A-Z]{8,12}$")]
    private static partial Regex FormatPattern();

    [GeneratedRegex("^[0-9]{9}B[0-9]{2}$")]
    private static partial Regex NetherlandsPattern();
}
