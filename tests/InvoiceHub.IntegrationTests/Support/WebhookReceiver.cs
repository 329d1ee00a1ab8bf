using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>A real local HTTP receiver for webhooks (Kestrel on a free loopback port) that records every request.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    /// <summary>The status to answer the n-th request (1-based) with; 204 by default.</summary>
    public Func<int, int> Status { get; set; } = _ => 204;

    /// <summary>How long to wait before answering the n-th request (1-based): a slow receiver, so a sender can be killed mid-send.</summary>
    public Func<int, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    /// <summary>Called with each request as it arrives, before the answer (and its delay).</summary>
    public Action<ReceivedWebhook>? Arrived { get; set; }

    public string Url => _app.Urls.First() + "/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var n = Interlocked.Increment(ref receiver._count);
            var status = receiver.Status(n);
            var received = new ReceivedWebhook(
                context.Request.Headers["webhook-id"].ToString(),
                context.Request.Headers["webhook-timestamp"].ToString(),
                context.Request.Headers["webhook-signature"].ToString(),
                body.ToArray(),
                status);
            receiver.Requests.Enqueue(received);
            receiver.Arrived?.Invoke(received);
            if (receiver.Delay(n) is { Ticks: > 0 } delay)
            {
                await Task.Delay(delay);
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One request the receiver saw, and what it answered.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, byte[] Body, int AnsweredStatus);
