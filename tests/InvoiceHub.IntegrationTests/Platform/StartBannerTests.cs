using System.Diagnostics;
using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>
/// What `scripts/start.sh` ends with, through the same seeding and the same banner code (scripts/lib/banner.sh) the start
/// command uses: the first start shows the demo API key once, the key works in the demo tenant, and the printed admin
/// lands in the demo tenant where the demo invoices are; a later start points to the credentials page instead.
/// </summary>
public sealed class StartBannerTests
{
    private const string Url = "http://127.0.0.1:5080";

    [Fact]
    public async Task FirstStart_BannerShowsTheDemoKeyOnce_TheKeyWorks_AndTheAdminLandsWhereTheDemoDataIs()
    {
        var repository = RepositoryRoot();
        await using var database = await TestDatabase.CreateAsync();
        var keyFile = Path.Combine(Path.GetTempPath(), $"invoicehub-demo-key-{Guid.NewGuid():N}");
        var demo = new Dictionary<string, string?> { ["DemoData:Enabled"] = "true", ["DemoData:KeyFile"] = keyFile };

        await using (var first = new InvoiceHubApp(database.ConnectionString, demo))
        {
            _ = first.Services;
            var banner = await BannerAsync(repository, keyFile);

            banner.ShouldContain($"InvoiceHub is running at {Url}");
            banner.ShouldContain($"Sign in as:  {InvoiceHubApp.AdminEmail}");
            banner.ShouldContain($"Password:    {InvoiceHubApp.AdminPassword}");
            banner.ShouldContain($"API keys:    {Url}/admin/credentials");
            var key = banner.Split('\n').Single(l => l.Contains("Demo API key:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
            key.ShouldStartWith("ihk_");
            File.Exists(keyFile).ShouldBeFalse(); // shown once: the banner deleted it

            using var connector = first.CreateClient();
            connector.DefaultRequestHeaders.Add("X-Api-Key", key);
            var whoami = await connector.GetAsync("/api/v1/connector/whoami");
            await whoami.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var demoTenant = await database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Nordlicht Handel GmbH'");
            JsonDocument.Parse(await whoami.Content.ReadAsStringAsync()).RootElement.GetProperty("tenantId").GetGuid().ShouldBe(demoTenant);

            using var admin = first.CreateBrowserLikeClient();
            await admin.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
            var archive = await admin.GetStringAsync("/archive");
            archive.ShouldContain("<option value=\"" + demoTenant + "\" selected=\"selected\">");
            var archived = await database.ScalarAsync<long>($"SELECT count(*) FROM invoices.documents WHERE tenant_id = '{demoTenant}' AND status = 'Archived'");
            archived.ShouldBe(3);
            foreach (var number in await DemoNumbersAsync(database, demoTenant))
            {
                archive.ShouldContain(number);
            }
        }

        await using (var second = new InvoiceHubApp(database.ConnectionString, demo))
        {
            _ = second.Services;
            var banner = await BannerAsync(repository, keyFile);

            banner.ShouldNotContain("ihk_");
            banner.ShouldContain($"Demo API key: shown at the first start; regenerate it at {Url}/admin/credentials");
        }
    }

    private static async Task<IReadOnlyList<string>> DemoNumbersAsync(TestDatabase database, Guid tenantId) =>
        ((await database.ScalarAsync<string>($"SELECT string_agg(internal_number, ',') FROM invoices.documents WHERE tenant_id = '{tenantId}'")) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> BannerAsync(string repository, string keyFile)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "-c", "source \"$1\" && print_banner \"$2\" \"$3\" \"$4\" \"$5\"", "banner",
                     Path.Combine(repository, "scripts", "lib", "banner.sh"), Url, InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword, keyFile,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var bash = Process.Start(start)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();
        bash.ExitCode.ShouldBe(0, await bash.StandardError.ReadToEndAsync());
        return output;
    }

    // The tests run from their build folder inside the checkout.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "lib", "banner.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"scripts/lib/banner.sh not found above {AppContext.BaseDirectory}");
    }
}
