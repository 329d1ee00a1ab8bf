using System.Globalization;
using System.Numerics;
using System.Text;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Makes valid Danish IBANs (ISO 13616 check digits) from random account numbers.</summary>
public static class TestIban
{
    public static string NewDanish()
    {
        var bban = InvoiceXml.RandomDigits(14);
        var rearranged = new StringBuilder(bban).Append("DK00");
        var numeric = string.Concat(rearranged.ToString().Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(numeric, CultureInfo.InvariantCulture) % 97);
        return $"DK{check:00}{bban}";
    }
}
