using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.Forwarding.Contracts;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// The bootstrapped admin of an app that runs as its own process (<see cref="AppProcess"/>), signed in through the real
/// sign-in form, configuring the default tenant's forwarding through the admin API, as an operator would.
/// </summary>
public sealed class ProcessAdmin : IDisposable
{
    private readonly HttpClient _http;

    private ProcessAdmin(HttpClient http, Guid tenantId)
    {
        _http = http;
        TenantId = tenantId;
    }

    public Guid TenantId { get; }

    public static async Task<ProcessAdmin> SignInAsync(AppProcess app, string connectionString)
    {
        // Production wants HTTPS for its cookies: the app must trust 127.0.0.1 as its TLS proxy (ForwardedHeaders), and
        // the requests say they came over HTTPS. HttpClient keeps Secure cookies off plain http, so they are carried by hand.
        var http = new HttpClient(new CookieCarrier(), disposeHandler: true) { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        await http.SignInAsync("admin@invoicehub.local", AppProcess.AdminPassword);
        var tenantId = await ProcessTenant.DefaultTenantIdAsync(connectionString);
        return new ProcessAdmin(http, tenantId);
    }

    /// <summary>Saves the default tenant's channels (after <paramref name="change"/>); returns a new webhook secret when asked for one.</summary>
    public async Task<string?> ConfigureForwardingAsync(Func<ChannelSettingsInput, ChannelSettingsInput> change, bool newWebhookSecret = false)
    {
        var path = $"/api/v1/admin/tenants/{TenantId}/forwarding";
        string? secret = null;
        if (newWebhookSecret)
        {
            var issued = await _http.PostAsync($"{path}/webhook-secret", null);
            issued.EnsureSuccessStatusCode();
            secret = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        }

        var current = await _http.GetFromJsonAsync<ChannelSettingsInput>($"{path}/settings");
        var saved = await _http.PutAsJsonAsync($"{path}/settings", change(current!));
        saved.StatusCode.ShouldBe(HttpStatusCode.NoContent, await saved.Content.ReadAsStringAsync());
        return secret;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Says each request came over HTTPS; keeps every cookie the app sets and sends them all back.</summary>
    private sealed class CookieCarrier : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        public CookieCarrier()
            : base(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    var pair = value.Split(';', 2)[0].Split('=', 2);
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
