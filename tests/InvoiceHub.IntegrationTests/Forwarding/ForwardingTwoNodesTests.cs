using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>Two app processes on different ports against one database: both relay, both run jobs, each delivery goes out once.</summary>
[Collection(ForwardingCollection.Name)]
public sealed class ForwardingTwoNodesTests
{
    private const int Invoices = 200;

    [Fact]
    public async Task TwoInstancesArchive200_EveryWebhookDeliveredOnceAndBothRanJobs()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        // One document store, as two nodes behind a load balancer share one volume.
        var documents = Path.Combine(Path.GetTempPath(), $"invoicehub-fwd-nodes-{Guid.NewGuid():N}");
        await using var first = new AppProcess(database.ConnectionString, documents, ForwardingProcesses.FastForwarding);
        await using var second = new AppProcess(database.ConnectionString, documents, ForwardingProcesses.FastForwarding);
        await first.StartAsync();
        await second.StartAsync();
        first.Port.ShouldNotBe(second.Port);
        using (var admin = await ProcessAdmin.SignInAsync(first, database.ConnectionString))
        {
            await admin.ConfigureForwardingAsync(s => s with { WebhookEnabled = true, WebhookUrl = receiver.Url, WebhookAllowPrivateTargets = true }, newWebhookSecret: true);
        }

        var key = await ProcessTenant.IssueKeyAsync(database.ConnectionString, "two-nodes");
        await ProcessTenant.SetOwnVatIdAsync(database.ConnectionString);
        var clients = new[] { first, second }.Select(app =>
        {
            var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            return http;
        }).ToArray();

        // Half through each node, four at a time per node.
        await Parallel.ForAsync(0, Invoices, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var bytes = new InvoiceXml().ToBytes();
            var response = await clients[i % 2].PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes), cancellationToken);
            // 503 "database not responding" (a busy shared machine) means nothing was changed: a client sends the same bytes again.
            for (var retry = 0; retry < 5 && response.StatusCode == HttpStatusCode.ServiceUnavailable; retry++)
            {
                await Task.Delay(500, cancellationToken);
                response = await clients[i % 2].PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes), cancellationToken);
            }

            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(cancellationToken));
        });
        var deliveries = await ForwardingProcesses.WaitUntilAllDeliveredAsync(database, Invoices, TimeSpan.FromSeconds(180));
        await Task.Delay(2000); // a second request for any delivery, if one were sent, would have arrived by now

        deliveries.ShouldAllBe(d => d.Status == "Delivered");
        (await database.ScalarAsync<long>("SELECT count(DISTINCT document_id) FROM forwarding.deliveries")).ShouldBe(Invoices);
        var seen = receiver.Requests.ToList();
        seen.Count.ShouldBe(Invoices);
        seen.Select(r => r.Id).Order().ShouldBe(deliveries.Select(d => d.Id.ToString()).Order());
        deliveries.ShouldAllBe(d => d.Attempts == 1);
        (await database.ScalarAsync<long>(
            "SELECT count(DISTINCT s.data::jsonb ->> 'ServerId') FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid "
            + "WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%DeliveryJob%'")).ShouldBe(2, "both nodes ran delivery jobs");
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
