using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Hosting;

/// <summary>
/// Settings that are safe by default in Production, and a start that refuses what would be unsafe there: a host
/// filter of <c>*</c>, unencrypted data-protection keys, forwarded headers from anyone, an HTTPS redirect that
/// cannot know where to redirect. Each refusal says what to set (docs/configuration.md).
/// </summary>
internal static class ProductionDefaults
{
    public static IServiceCollection AddInvoiceHubProductionDefaults(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var production = environment.IsProduction();
        if (production)
        {
            RequireAllowedHosts(configuration);
        }

        ProtectDataProtectionKeys(services, configuration, production);
        ConfigureForwardedHeaders(services, configuration);
        ConfigureHttpsRedirection(services, configuration);

        if (production)
        {
            // Cookies only ever travel over HTTPS (browsers treat http://localhost as secure, so local runs still work).
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
                cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.PostConfigure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        }

        return services;
    }

    /// <summary>HSTS is on in Production unless switched off explicitly (it is only ever sent over HTTPS).</summary>
    public static bool UseHsts(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Https:UseHsts", environment.IsProduction());

    private static void RequireAllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            throw new InvalidOperationException(
                "AllowedHosts is '*' (or empty), which accepts any Host header: in Production set AllowedHosts (environment variable "
                + "AllowedHosts) to the host names clients use, separated by semicolons, e.g. 'invoices.example.com;localhost'.");
        }
    }

    private static void ProtectDataProtectionKeys(IServiceCollection services, IConfiguration configuration, bool production)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (production)
            {
                throw new InvalidOperationException(
                    "The data-protection keys (which protect sign-in cookies and antiforgery tokens) must be encrypted at rest in Production: "
                    + "set DataProtection:CertificatePath (environment variable DataProtection__CertificatePath) to a PKCS#12 file with a "
                    + "private key, and DataProtection:CertificatePassword if it has one. scripts/start.sh makes one for local use.");
            }

            return;
        }

        var password = configuration["DataProtection:CertificatePassword"];
        var certificate = Load(path, password);
        var previous = (configuration["DataProtection:PreviousCertificatePaths"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(previousPath => Load(previousPath, password))
            .ToArray();
        services.AddDataProtection()
            .ProtectKeysWithCertificate(certificate)
            // Keys written under an earlier certificate stay readable after a rotation.
            .UnprotectKeysWithAnyCertificate([certificate, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath points to {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The data-protection certificate {path} has no private key: the keys could not be decrypted.");
    }

    private static void ConfigureForwardedHeaders(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            return;
        }

        var proxies = List(configuration, "ForwardedHeaders:KnownProxies");
        var networks = List(configuration, "ForwardedHeaders:KnownNetworks");
        if (proxies.Length == 0 && networks.Length == 0)
        {
            throw new InvalidOperationException(
                "ForwardedHeaders:Enabled is true, but no proxy is named: set ForwardedHeaders:KnownProxies (addresses, e.g. '10.0.0.5') or "
                + "ForwardedHeaders:KnownNetworks (CIDR, e.g. '10.0.0.0/24'), separated by semicolons. X-Forwarded-For/-Proto are "
                + "trusted only from those; from anyone else they would let a client choose its own address and scheme.");
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation."));
            }
        });
    }

    private static void ConfigureHttpsRedirection(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Https:RedirectToHttps"))
        {
            return;
        }

        var port = configuration.GetValue<int?>("Https:Port");
        var listensOnHttps = new[] { configuration["urls"], configuration["ASPNETCORE_URLS"], configuration["Kestrel:Endpoints:Https:Url"] }
            .Any(urls => urls?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true);
        if (port is null && !listensOnHttps)
        {
            // Without a port the framework's redirection silently does nothing: better not to start.
            throw new InvalidOperationException(
                "Https:RedirectToHttps is true, but the HTTPS port is unknown: set Https:Port to the port clients reach HTTPS on "
                + "(443 behind a proxy that terminates TLS), or listen on an https:// address (Kestrel:Endpoints:Https:Url).");
        }

        if (port is { } httpsPort)
        {
            services.AddHttpsRedirection(options => options.HttpsPort = httpsPort);
        }
    }

    private static string[] List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var items = section.GetChildren().Select(child => child.Value).Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim());
        return [.. items.Concat((section.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}
