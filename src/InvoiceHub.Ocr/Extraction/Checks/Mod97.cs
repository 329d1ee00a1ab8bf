namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>ISO 7064 MOD 97-10 over a string of letters (A=10 .. Z=35) and digits, as IBANs use.</summary>
internal static class Mod97
{
    public static int Remainder(string value)
    {
        var remainder = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }
}
