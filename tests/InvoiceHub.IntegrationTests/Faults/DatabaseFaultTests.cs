using System.Diagnostics;
using System.Net;
using InvoiceHub.IntegrationTests.Support;
using Xunit.Abstractions;

namespace InvoiceHub.IntegrationTests.Faults;

/// <summary>The app as its own process against a PostgreSQL the test stops and freezes (SIGSTOP).</summary>
public sealed class DatabaseFaultTests
{
    private readonly ITestOutputHelper _output;

    public DatabaseFaultTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task DatabaseStoppedThenFrozen_Answers503ProblemWithRetryAfterWithinTheTimeout_AndLogsOneFullExceptionPerOutage()
    {
        await using var cluster = new PrivateCluster();
        await cluster.StartAsync();
        var connection = cluster.ConnectionString.Replace("Database=postgres", "Database=faults", StringComparison.Ordinal);
        await CreateDatabaseAsync(cluster.ConnectionString, "faults");
        var documents = Path.Combine(Path.GetTempPath(), $"invoicehub-dbfault-{Guid.NewGuid():N}");
        await using var app = new AppProcess(connection, documents, new Dictionary<string, string>
        {
            ["Hangfire__ServerEnabled"] = "false",
            // Short, so the frozen case answers within the bounds below (about three times the command timeout).
            ["Database__CommandTimeoutSeconds"] = "2",
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", await ProcessTenant.IssueKeyAsync(connection, "faults"));
        await ProcessTenant.SetOwnVatIdAsync(connection);
        (await PushAsync(http)).Status.ShouldBe(HttpStatusCode.Created);

        await cluster.StopAsync();
        var whileStopped = new List<(HttpStatusCode Status, string? RetryAfter, string? Type, TimeSpan Took)>();
        for (var i = 0; i < 20; i++)
        {
            whileStopped.Add(await PushAsync(http));
        }

        await cluster.StartAsync();
        (await PushUntilCreatedAsync(http, TimeSpan.FromSeconds(30))).ShouldBeTrue("intake works again after PostgreSQL is back");

        await cluster.FreezeAsync();
        (HttpStatusCode Status, string? RetryAfter, string? Type, TimeSpan Took) whileFrozen;
        try
        {
            whileFrozen = await PushAsync(http);
        }
        finally
        {
            await cluster.ThawAsync();
        }

        (await PushUntilCreatedAsync(http, TimeSpan.FromSeconds(30))).ShouldBeTrue("intake works again after PostgreSQL thaws");
        foreach (var answer in whileStopped)
        {
            answer.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
            answer.RetryAfter.ShouldNotBeNull();
            answer.Type.ShouldBe("application/problem+json");
            answer.Took.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        }

        _output.WriteLine($"stopped: {string.Join(", ", whileStopped.Select(a => $"{(int)a.Status} in {a.Took.TotalMilliseconds:0} ms"))}");
        _output.WriteLine($"frozen: {(int)whileFrozen.Status} in {whileFrozen.Took.TotalMilliseconds:0} ms");

        whileFrozen.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        whileFrozen.RetryAfter.ShouldNotBeNull();
        whileFrozen.Type.ShouldBe("application/problem+json");
        // The default 2 s command timeout, plus Npgsql's cancellation request to the hung server (which waits too).
        whileFrozen.Took.ShouldBeLessThan(TimeSpan.FromSeconds(8));

        var faultLines = app.Output.Where(line => line.Contains("\"FaultKind\":\"database-", StringComparison.Ordinal)).ToList();
        var unavailable = faultLines.Where(line => line.Contains("database-unavailable", StringComparison.Ordinal)).ToList();
        unavailable.Count.ShouldBeInRange(1, 2, string.Join(Environment.NewLine, faultLines));
        unavailable.Count(line => line.Contains("\"@x\":", StringComparison.Ordinal)).ShouldBe(1);
        faultLines.Count(line => line.Contains("database-timeout", StringComparison.Ordinal)).ShouldBe(1);
        _output.WriteLine($"app log: {app.Output.Count} lines, {app.Output.Sum(line => line.Length)} characters");
    }

    private static async Task<(HttpStatusCode Status, string? RetryAfter, string? Type, TimeSpan Took)> PushAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
        await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), response.Content.Headers.ContentType?.MediaType, clock.Elapsed);
    }

    private static async Task<bool> PushUntilCreatedAsync(HttpClient http, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if ((await PushAsync(http)).Status == HttpStatusCode.Created)
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static async Task CreateDatabaseAsync(string connectionString, string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
    }
}
