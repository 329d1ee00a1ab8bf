using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_WhenPostgresStopsAndReturns_TurnsUnhealthyThenHealthyAgain()
    {
        await using var cluster = new PrivateCluster();
        await cluster.StartAsync();
        await using var app = new InvoiceHubApp(cluster.ConnectionString, new Dictionary<string, string?>
        {
            ["Hangfire:ServerEnabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Fatal",
        });
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await cluster.StopAsync();
        var whileDown = await client.GetAsync("/health/ready");
        var liveWhileDown = await client.GetAsync("/health/live");

        whileDown.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await whileDown.Content.ReadAsStringAsync()).ShouldContain("\"status\":\"Unhealthy\"");
        liveWhileDown.StatusCode.ShouldBe(HttpStatusCode.OK);

        await cluster.StartAsync();
        var back = await PollAsync(client, TimeSpan.FromSeconds(60));

        back.ShouldBe(HttpStatusCode.OK);
    }

    // Pooled connections of the job storage notice the restart on first use; give them a few probes.
    private static async Task<HttpStatusCode> PollAsync(HttpClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/health/ready")).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        return status;
    }
}
