using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>
/// The application on a real Kestrel port plus Debian's headless Chromium driven by Playwright. Playwright never
/// downloads a browser here: it is pointed at /usr/bin/chromium.
/// </summary>
public class BrowserFixture : AppFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// Every browser of a test class signs in from 127.0.0.1, so the per-address limit on failed sign-ins would let one
    /// test's deliberate wrong passwords refuse the next test's right ones; the limits have tests of their own
    /// (SignInAbuseTests, with distinct client addresses).
    /// </summary>
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["SignIn:FailuresPerAddress"] = "1000",
        ["SignIn:FailuresPerAccount"] = "1000",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseAddress = App.ServerAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    protected override bool UseKestrel => true;
}
