using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>The app started in the Production environment: what it refuses at start and what it sends by default.</summary>
public sealed class ProductionDefaultsTests
{
    [Theory]
    [InlineData("AllowedHosts", "*", "AllowedHosts is '*'")]
    [InlineData("DataProtection:CertificatePath", "", "must be encrypted at rest")]
    [InlineData("ForwardedHeaders:Enabled", "true", "no proxy is named")]
    [InlineData("Https:RedirectToHttps", "true", "the HTTPS port is unknown")]
    public async Task ProductionStart_WithAnUnsafeSetting_FailsWithAClearMessage(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new InvoiceHubApp(database.ConnectionString, ProductionSettings(new() { [key] = value }));

        var start = Should.Throw<InvalidOperationException>(() => app.Services);

        start.Message.ShouldContain(message);
    }

    [Fact]
    public async Task ProductionStart_WithSafeSettings_SendsHstsAndSecureCookiesAndEncryptsTheKeys()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new InvoiceHubApp(database.ConnectionString, ProductionSettings(new()));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://invoices.example.com/"),
            AllowAutoRedirect = false,
        });

        var signIn = await client.GetAsync("/account/signin");
        using var wrongHost = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        wrongHost.Headers.Host = "evil.example.net";
        var refused = await client.SendAsync(wrongHost);

        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIn.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        signIn.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var key = await database.ScalarAsync<string>("SELECT xml FROM accounts.data_protection_keys LIMIT 1");
        key.ShouldNotBeNull();
        key.ShouldContain("EncryptedKey"); // encrypted with the certificate, not a plain <masterKey>
        key.ShouldNotContain("<value>");
    }

    private static Dictionary<string, string?> ProductionSettings(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["AllowedHosts"] = "invoices.example.com;localhost",
            ["DataProtection:CertificatePath"] = TestCertificate.Path,
            ["Hangfire:ServerEnabled"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }
}
