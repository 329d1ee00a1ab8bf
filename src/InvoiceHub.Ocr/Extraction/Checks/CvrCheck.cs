namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>The Danish CVR number: eight digits, weighted sum 2,7,6,5,4,3,2,1 divisible by 11.</summary>
internal static class CvrCheck
{
    private static readonly int[] _weights = [2, 7, 6, 5, 4, 3, 2, 1];

    public static bool IsValid(string digits)
    {
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit) || digits[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * _weights[i];
        }

        return sum % 11 == 0;
    }
}
