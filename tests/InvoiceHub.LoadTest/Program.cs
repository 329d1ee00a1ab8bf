using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using InvoiceHub.Accounts;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.LoadTest;
using Microsoft.Extensions.DependencyInjection;

// Usage:
//   InvoiceHub.LoadTest issue-key --connection CS [--tenant NAME]            prints a new API key of the tenant (default "Default")
//   InvoiceHub.LoadTest push --url URL --api-key KEY --corpus DIR [--concurrency 16] [--seconds 30] [--warmup 5]
//                            [--app-pid PID] [--connection CS]
//                            [--webhook on --admin-password PW --drain-seconds 300]
//     --webhook on: a local receiver, the tenant's webhook channel switched on (admin API), and after the push the check
//     that every archived invoice was delivered exactly once, with the forwarding lag p50/p95;
//     --app-pid: report the app's CPU time per invoice; --connection: ANALYZE the tables after the warm-up, so that
//     the planner works from the statistics a database in service has, not those of the empty one it started as.
var options = ParseOptions(args.Skip(1).ToArray());
switch (args.FirstOrDefault())
{
    case "issue-key":
        return await IssueKeyAsync(options);
    case "push":
        return await PushAsync(options);
    default:
        Console.Error.WriteLine("usage: InvoiceHub.LoadTest issue-key --connection CS | push --url URL --api-key KEY --corpus DIR [--concurrency N] [--seconds N]");
        return 2;
}

static async Task<int> IssueKeyAsync(Dictionary<string, string> options)
{
    // The host records account events in its audit trail; this stand-alone key for a load run is no one's business.
    var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddAccountsModule(options["connection"])
        .AddSingleton<IAccountAudit, UnrecordedAccountEvents>().BuildServiceProvider();
    await using var scope = services.CreateAsyncScope();
    await using var connection = new Npgsql.NpgsqlConnection(options["connection"]);
    await connection.OpenAsync();
    await using var query = new Npgsql.NpgsqlCommand("SELECT id FROM accounts.tenants WHERE name = @name", connection);
    query.Parameters.AddWithValue("name", options.GetValueOrDefault("tenant", "Default"));
    var tenantId = (Guid)(await query.ExecuteScalarAsync() ?? throw new InvalidOperationException("No such tenant"));
    var issued = await scope.ServiceProvider.GetRequiredService<ApiCredentialService>()
        .CreateAsync(tenantId, "load-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
    Console.WriteLine(issued!.ApiKey);
    return 0;
}

static async Task<int> PushAsync(Dictionary<string, string> options)
{
    var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
    var seconds = int.Parse(options.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture);
    var warmup = int.Parse(options.GetValueOrDefault("warmup", "5"), CultureInfo.InvariantCulture);
    var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(options["url"]) };
    http.DefaultRequestHeaders.Add("X-Api-Key", options["api-key"]);

    await using var webhook = options.GetValueOrDefault("webhook") == "on" ? await WebhookRun.StartAsync() : null;
    if (webhook is not null)
    {
        await webhook.ConfigureAsync(new Uri(options["url"]), "admin@invoicehub.local", options["admin-password"], options["connection"]);
    }

    var templates = await UsableTemplatesAsync(http, options["corpus"], run);
    Console.WriteLine($"{templates.Count} corpus invoices accepted as templates; {concurrency} clients, {warmup} s warm-up, {seconds} s measured");

    var sequence = 0L;
    var latencies = new ConcurrentBag<double>();
    var statuses = new ConcurrentDictionary<int, int>();
    var routes = new ConcurrentDictionary<string, int>();
    var measuring = false;
    using var stop = new CancellationTokenSource();

    async Task WorkerAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref sequence);
            var template = templates[(int)(n % templates.Count)];
            // Consecutive pushes of one template are a day apart: distinct number and date, as real invoices are.
            using var content = new ByteArrayContent(template.With($"LT-{run}-{n:D8}", InvoiceTemplate.FirstDate.AddDays((int)(n / templates.Count))));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            var started = Stopwatch.GetTimestamp();
            int status;
            try
            {
                using var response = await http.PostAsync("/api/v1/documents?direction=purchase", content);
                status = (int)response.StatusCode;
                if (measuring && status == 201)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    routes.AddOrUpdate(body.Contains("\"status\":\"archived\"", StringComparison.Ordinal) ? "archived" : "in_progress", 1, (_, count) => count + 1);
                }
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            if (measuring)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            }
        }
    }

    var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)).ToArray();
    await Task.Delay(TimeSpan.FromSeconds(warmup));
    if (options.TryGetValue("connection", out var connectionString))
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new Npgsql.NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    var appPid = options.TryGetValue("app-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : (int?)null;
    var cpuBefore = CpuUsage.Snapshot(appPid);
    measuring = true;
    var clock = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    measuring = false;
    var cpuAfter = CpuUsage.Snapshot(appPid);
    var elapsed = clock.Elapsed.TotalSeconds;
    await stop.CancelAsync();
    await Task.WhenAll(workers);

    var sorted = latencies.Order().ToArray();
    double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    var ok = statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
    Console.WriteLine($"requests: {sorted.Length} in {elapsed:F1} s; 2xx: {ok} ({ok / elapsed:F0} invoices/s)");
    Console.WriteLine($"latency ms: p50 {Percentile(0.50):F1}  p95 {Percentile(0.95):F1}  p99 {Percentile(0.99):F1}  max {(sorted.Length == 0 ? 0 : sorted[^1]):F1}");
    Console.WriteLine("status codes: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
    var invoices = Math.Max(1, ok);
    Console.WriteLine($"CPU per invoice ms: app {(cpuAfter.App - cpuBefore.App).TotalMilliseconds / invoices:F2}, "
        + $"postgres {(cpuAfter.Postgres - cpuBefore.Postgres).TotalMilliseconds / invoices:F2}, "
        + $"load generator {(cpuAfter.Generator - cpuBefore.Generator).TotalMilliseconds / invoices:F2}"
        + (appPid is null ? " (no --app-pid given)" : string.Empty));
    Console.WriteLine("routed (201): " + string.Join(", ", routes.OrderBy(r => r.Key).Select(r => $"{r.Key}: {r.Value}")));
    var forwarded = webhook is null
        || await webhook.CheckAsync(options["connection"], TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("drain-seconds", "300"), CultureInfo.InvariantCulture)));
    return statuses.Keys.Any(code => code is 0 or >= 500) || !forwarded ? 1 : 0;
}

// Only invoices the app archives or queues make a fair load (Peppol test files with dummy ids are refused).
static async Task<List<InvoiceTemplate>> UsableTemplatesAsync(HttpClient http, string corpus, string run)
{
    var usable = new List<InvoiceTemplate>();
    var files = new[] { "ubl", "cii", "xrechnung" }.Select(folder => Path.Combine(corpus, folder))
        .Where(Directory.Exists).SelectMany(folder => Directory.GetFiles(folder, "*.xml")).Order(StringComparer.Ordinal);
    var probe = 0;
    foreach (var file in files)
    {
        if (InvoiceTemplate.TryLoad(file) is not { } template)
        {
            continue;
        }

        using var content = new ByteArrayContent(template.With($"LT-{run}-probe-{++probe}", InvoiceTemplate.FirstDate.AddDays(-probe)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var response = await http.PostAsync("/api/v1/documents?direction=purchase", content);
        if (response.IsSuccessStatusCode)
        {
            usable.Add(template);
        }
    }

    return usable.Count > 0 ? usable : throw new InvalidOperationException($"No corpus invoice under {corpus} was accepted.");
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }

    return options;
}
