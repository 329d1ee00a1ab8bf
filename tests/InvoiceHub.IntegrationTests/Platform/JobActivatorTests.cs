using System.Collections.Concurrent;
using Hangfire;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>
/// Two hosts in one process (as in these tests): each Hangfire server makes its jobs in its own host's container.
/// Hangfire's default activator is the process-wide JobActivator.Current, which each host sets when it configures
/// Hangfire and reads when it creates its server; test classes starting side by side interleave the two.
/// </summary>
public sealed class JobActivatorTests
{
    [Fact]
    public async Task TwoHostsInOneProcess_EachServerMakesItsJobsInItsOwnContainer()
    {
        await using var firstDatabase = await TestDatabase.CreateAsync();
        await using var secondDatabase = await TestDatabase.CreateAsync();
        await using var firstApp = new InvoiceHubApp(firstDatabase.ConnectionString);
        await using var secondApp = new InvoiceHubApp(secondDatabase.ConnectionString);
        await using var second = WithProbe(secondApp, "second");
        // The second host starts while the first one starts: after the first configured Hangfire, before it made its
        // server (the hosts' start-ups interleave the same way when test classes run in parallel).
        await using var first = WithProbe(firstApp, "first", startingMeanwhile: second);
        _ = first.Services;
        _ = second.Services;

        var marker = Guid.NewGuid();
        var jobId = first.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ActivatorProbeJob>(job => job.Run(marker));

        var storage = first.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state = null;
        while (DateTime.UtcNow < deadline && state is not ("Succeeded" or "Failed"))
        {
            await Task.Delay(100);
            using var connection = storage.GetConnection();
            state = connection.GetStateData(jobId)?.Name;
        }

        state.ShouldBe("Succeeded");
        ActivatorProbeJob.Runs.ShouldContainKey(marker);
        ActivatorProbeJob.Runs[marker].ShouldBe("first", "the first host's server ran the job, so its container must have made it");
    }

    private static WebApplicationFactory<Program> WithProbe(InvoiceHubApp app, string name, WebApplicationFactory<Program>? startingMeanwhile = null) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton(new ActivatorProbeHost(name)).AddScoped<ActivatorProbeJob>();
            if (startingMeanwhile is not null)
            {
                // Hosted services are made in registration order, so this one is made before Hangfire's server.
                services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(provider =>
                {
                    provider.GetRequiredService<IGlobalConfiguration>();
                    _ = startingMeanwhile.Services;
                    return new NothingToHost();
                }));
            }
        }));

    private sealed class NothingToHost : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public sealed record ActivatorProbeHost(string Name);

/// <summary>Records which host's container made it.</summary>
public sealed class ActivatorProbeJob(ActivatorProbeHost host)
{
    public static ConcurrentDictionary<Guid, string> Runs { get; } = new();

    public void Run(Guid marker) => Runs[marker] = host.Name;
}
