using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Admin;

/// <summary>The tests' own TOTP is only worth trusting if it reproduces the RFC's published test vectors.</summary>
public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA1 column (8 digits there; an authenticator shows the last 6), key "12345678901234567890".
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void RfcTestVector_GivesTheRfcCode(long unixSeconds, string expected)
    {
        const string Key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"

        Totp.Code(Key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).ShouldBe(expected);
    }
}
