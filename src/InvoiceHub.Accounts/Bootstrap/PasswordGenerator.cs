using System.Security.Cryptography;

namespace InvoiceHub.Accounts.Bootstrap;

/// <summary>Generates passwords that satisfy Identity's default policy (upper, lower, digit, symbol).</summary>
internal static class PasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!+=";

    public static string Generate(int length = 20)
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = RandomNumberGenerator.GetString(all, length - 4).ToCharArray().ToList();
        foreach (var set in new[] { Upper, Lower, Digits, Symbols })
        {
            chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), set[RandomNumberGenerator.GetInt32(set.Length)]);
        }

        return new string([.. chars]);
    }
}
