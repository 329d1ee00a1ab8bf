using System.Security.Cryptography;
using System.Text;

namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>The format of API keys: <c>ihk_</c> + a 12-character key id + <c>_</c> + a 43-character secret.</summary>
public static class ApiKey
{
    private const string Prefix = "ihk_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static (string KeyId, string Key) Generate()
    {
        var keyId = RandomNumberGenerator.GetString(Alphabet, 12);
        return (keyId, $"{Prefix}{keyId}_{RandomNumberGenerator.GetString(Alphabet, 43)}");
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The key id of a well-formed key, or null for anything else.</summary>
    public static string? KeyIdOf(string? key) =>
        key is { Length: 60 } && key.StartsWith(Prefix, StringComparison.Ordinal) && key[16] == '_' ? key[4..16] : null;

    public static bool Matches(string key, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(key), hash);
}
