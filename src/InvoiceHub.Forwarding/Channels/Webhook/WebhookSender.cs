using System.Net;
using System.Net.Http.Headers;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Channels.Webhook;

/// <summary>
/// POSTs the invoice as JSON, signed the Standard Webhooks way with the delivery id as <c>webhook-id</c> (the same on
/// every attempt, so the receiver drops repeats). 2xx delivered; 410 stops; 429, 5xx and timeouts are retried;
/// other answers are refused for good (a 4xx will not change by itself).
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, SecretProtector secrets, IOptions<ForwardingOptions> options, TimeProvider clock) : IChannelSender
{
    public const string PublicClient = "forwarding-webhook";
    public const string PrivateAllowedClient = "forwarding-webhook-private";

    public Channel Channel => Channel.Webhook;

    // The receiver fetches the original by the link in the body when it wants it.
    public bool SendsOriginal => false;

    public Task<SendResult> SendAsync(Guid deliveryId, ArchivedDocument document, byte[] original, ForwardingSettings settings, CancellationToken cancellationToken)
    {
        var body = WebhookPayload.Serialize("invoice.archived", clock.GetUtcNow(), deliveryId, document, options.Value.PublicBaseUrl);
        return PostAsync(deliveryId.ToString(), body, settings, cancellationToken);
    }

    /// <summary>One signed POST; also the channel test's ping (with an id of its own).</summary>
    public async Task<SendResult> PostAsync(string id, byte[] body, ForwardingSettings settings, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(settings.WebhookUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return SendResult.Stop("No valid webhook URL is configured.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !settings.WebhookAllowPrivateTargets)
        {
            return SendResult.Stop("Webhook URLs must use HTTPS (plain HTTP only for private targets the tenant allows).");
        }

        if (secrets.Unprotect(settings.WebhookSecretProtected) is not { } secret)
        {
            return SendResult.Stop("No webhook secret is configured.");
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("webhook-id", id);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Sign(secret, id, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(settings.WebhookTimeoutSeconds, 1, 60)));
        var client = clients.CreateClient(settings.WebhookAllowPrivateTargets ? PrivateAllowedClient : PublicClient);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var answer = $"{status} {response.ReasonPhrase}".Trim();
            return status switch
            {
                >= 200 and < 300 => SendResult.Delivered($"HTTP {answer}"),
                (int)HttpStatusCode.Gone => SendResult.Stop($"HTTP {answer}: the receiver asked to stop sending to this endpoint."),
                (int)HttpStatusCode.TooManyRequests or >= 500 => SendResult.Retry($"HTTP {answer}"),
                _ => SendResult.Stop($"HTTP {answer}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Retry($"No answer within {settings.WebhookTimeoutSeconds} s.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is RefusedTargetException refused)
        {
            return SendResult.Stop(refused.Message);
        }
        catch (HttpRequestException exception)
        {
            return SendResult.Retry(exception.Message);
        }
    }
}
