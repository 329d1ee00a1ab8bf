using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>The real application, hosted in the test process against a real PostgreSQL database.</summary>
public sealed class InvoiceHubApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public InvoiceHubApp(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, bool useKestrel = false)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        if (useKestrel)
        {
            UseKestrel(0);
        }
    }

    public const string AdminEmail = "admin@test.invoicehub.local";
    public const string AdminPassword = "Admin-Test-Password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:InvoiceHub", _connectionString);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Hangfire:WorkerCount", "1");
        builder.UseSetting("Storage:DocumentsPath", DocumentsPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ObservedStatuses.Recorder>());
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Where this app instance keeps original files (a fresh temporary folder).</summary>
    public string DocumentsPath { get; } = Path.Combine(Path.GetTempPath(), $"invoicehub-documents-{Guid.NewGuid():N}");

    /// <summary>The real address when served by Kestrel (see the constructor's useKestrel).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>A client that behaves like a browser session: keeps cookies, but lets tests see redirects.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
