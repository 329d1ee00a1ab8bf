using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InvoiceHub.LoadTest;

/// <summary>
/// A load run with the webhook channel on: a local receiver that notes each webhook-id and when it arrived, the
/// tenant's channel switched on through the admin API, and afterwards the check that every archived invoice was
/// delivered exactly once, with the forwarding lag (arrival minus the invoice's archiving time).
/// </summary>
internal sealed class WebhookRun : IAsyncDisposable
{
    private readonly WebApplication _receiver;
    private readonly ConcurrentQueue<(string Id, DateTimeOffset ArchivedAt, DateTimeOffset ReceivedAt)> _received = new();

    private WebhookRun(WebApplication receiver) => _receiver = receiver;

    public static async Task<WebhookRun> StartAsync()
    {
        // The receiver's content root is the program's folder, not the working directory (the repository): there the
        // host's configuration watcher would wake on every write of the app's document store and PostgreSQL under
        // .data and take CPU from the push, which a run without the receiver does not pay.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var run = new WebhookRun(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            var received = DateTimeOffset.UtcNow;
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var archivedAt = body.RootElement.GetProperty("data").GetProperty("archivedAt").GetDateTimeOffset();
            run._received.Enqueue((context.Request.Headers["webhook-id"].ToString(), archivedAt, received));
            return Results.NoContent();
        });
        await app.StartAsync();
        return run;
    }

    public string Url => _receiver.Urls.First() + "/hook";

    /// <summary>Signs in as the admin (as behind a TLS proxy on this machine) and switches the default tenant's webhook on.</summary>
    public async Task ConfigureAsync(Uri app, string email, string password, string connectionString)
    {
        var cookies = new Dictionary<string, string>();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app };
        async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await http.SendAsync(request);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                cookies[pair[0]] = pair[1];
            }

            return response;
        }

        var form = await (await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/account/signin"))).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token) }),
        });
        if ((int)signIn.StatusCode != 302)
        {
            throw new InvalidOperationException($"Admin sign-in failed: {(int)signIn.StatusCode}");
        }

        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand("SELECT id FROM accounts.tenants WHERE name = 'Default'", connection);
        var path = $"/api/v1/admin/tenants/{(Guid)(await query.ExecuteScalarAsync())!}/forwarding";
        (await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{path}/webhook-secret"))).EnsureSuccessStatusCode();
        var settings = JsonNode.Parse(await (await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{path}/settings"))).Content.ReadAsStringAsync())!;
        settings["webhookEnabled"] = true;
        settings["webhookUrl"] = Url;
        settings["webhookAllowPrivateTargets"] = true;
        var saved = await SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{path}/settings") { Content = JsonContent.Create(settings) });
        if ((int)saved.StatusCode != 204)
        {
            throw new InvalidOperationException($"Saving the webhook channel failed: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Waits for forwarding to drain, then checks exactly-once delivery and prints the lag; false when anything is off.</summary>
    public async Task<bool> CheckAsync(string connectionString, TimeSpan limit)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<long> CountAsync(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        var drain = Stopwatch.StartNew();
        long archived, delivered, open;
        do
        {
            await Task.Delay(500);
            archived = await CountAsync("SELECT count(*) FROM invoices.documents WHERE status = 'Archived'");
            delivered = await CountAsync("SELECT count(*) FROM forwarding.deliveries WHERE channel = 'Webhook' AND status = 'Delivered'");
            open = await CountAsync("SELECT count(*) FROM forwarding.deliveries WHERE status <> 'Delivered'")
                + await CountAsync("SELECT count(*) FROM invoices.archive_outbox");
        }
        while ((delivered < archived || open > 0) && drain.Elapsed < limit);

        await Task.Delay(2000); // a repeat, if any were sent, arrives by now
        var received = _received.ToList();
        var firsts = received.GroupBy(r => r.Id).Select(g => g.MinBy(r => r.ReceivedAt)).ToList();
        var repeats = received.Count - firsts.Count;
        var lags = firsts.Select(r => (r.ReceivedAt - r.ArchivedAt).TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => lags.Length == 0 ? 0 : lags[Math.Min(lags.Length - 1, (int)Math.Ceiling(p * lags.Length) - 1)];
        Console.WriteLine($"forwarding: {archived} archived, {delivered} webhook deliveries delivered, {open} open; receiver: {received.Count} requests, "
            + $"{firsts.Count} distinct webhook-ids, {repeats} repeats; drained {drain.Elapsed.TotalSeconds:F1} s after the push ended");
        Console.WriteLine($"forwarding lag ms (archived -> received): p50 {Percentile(0.50):F0}  p95 {Percentile(0.95):F0}  max {(lags.Length == 0 ? 0 : lags[^1]):F0}");
        var once = archived == delivered && open == 0 && firsts.Count == archived && repeats == 0;
        Console.WriteLine(once ? "every archived invoice delivered exactly once" : "NOT exactly once (see the counts above)");
        return once;
    }

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();
}
