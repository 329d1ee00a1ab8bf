using InvoiceHub.Forwarding.Channels;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// One attempt of one delivery: claim the row with a conditional update, send, record the outcome under the claim.
/// A job that runs twice, or late, finds the row claimed or done and does nothing: the row, not the job, is the truth.
/// </summary>
internal sealed class DeliveryProcessor(
    ForwardingDbContext db,
    IArchivedDocuments archive,
    IEnumerable<IChannelSender> senders,
    DeliveryScheduler scheduler,
    IOptions<ForwardingOptions> options,
    TimeProvider clock,
    ILogger<DeliveryProcessor> logger)
{
    public const string Actor = "forwarding";

    public async Task ProcessAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var leaseEnd = now + options.Value.ClaimLease;
        var claimed = await db.Database.SqlQuery<int>($"""
            UPDATE forwarding.deliveries SET claimed_until = {leaseEnd}, claim_token = {token}, attempts = attempts + 1
            WHERE id = {deliveryId} AND status = 'Pending' AND channel <> 'Datev' AND next_attempt_at <= {now}
              AND (claimed_until IS NULL OR claimed_until < {now})
            RETURNING attempts AS "Value"
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        var attempts = claimed[0];
        var delivery = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var result = await AttemptAsync(delivery, cancellationToken);
        await RecordAsync(delivery, token, attempts, result, cancellationToken);
    }

    private async Task<SendResult> AttemptAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == delivery.TenantId, cancellationToken);
        var sender = senders.SingleOrDefault(s => s.Channel == delivery.Channel);
        if (settings is null || sender is null)
        {
            return SendResult.Stop($"The {delivery.Channel} channel is not configured for this tenant.");
        }

        if (await archive.GetAsync(delivery.TenantId, delivery.DocumentId, cancellationToken) is not { } document)
        {
            return SendResult.Stop($"Archived document {delivery.DocumentId} not found.");
        }

        if (await archive.ReadOriginalAsync(document, cancellationToken) is not { } original)
        {
            return SendResult.Stop($"The original of {document.InternalNumber} is missing from the document store.");
        }

        try
        {
            return await sender.SendAsync(delivery.Id, document, original, settings, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Delivery {DeliveryId} through {Channel} failed unexpectedly", delivery.Id, delivery.Channel);
            return SendResult.Retry(exception.Message);
        }
    }

    private async Task RecordAsync(Delivery delivery, Guid token, int attempts, SendResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var message = Shorten(result.Message);
        if (result.Outcome == SendOutcome.Delivered)
        {
            var done = await db.Database.ExecuteSqlAsync($"""
                UPDATE forwarding.deliveries SET status = 'Delivered', delivered_at = {now}, claimed_until = NULL, last_error = NULL
                WHERE id = {delivery.Id} AND claim_token = {token}
                """, cancellationToken);
            if (done == 1)
            {
                await archive.RecordAsync(delivery.TenantId, delivery.DocumentId, Actor, "forwarded",
                    $"{delivery.Channel}, delivery {delivery.Id}, attempt {attempts}: {message}", cancellationToken);
            }

            return;
        }

        if (result.Outcome == SendOutcome.Retry && attempts < options.Value.MaxAttempts)
        {
            var delay = Backoff.Delay(attempts, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay, Random.Shared.NextDouble());
            var next = now + delay;
            var rescheduled = await db.Database.ExecuteSqlAsync($"""
                UPDATE forwarding.deliveries SET next_attempt_at = {next}, claimed_until = NULL, last_error = {message}
                WHERE id = {delivery.Id} AND claim_token = {token}
                """, cancellationToken);
            if (rescheduled == 1)
            {
                scheduler.Schedule(delivery.Id, delay);
            }

            return;
        }

        var notes = result.Outcome == SendOutcome.Stop
            ? $"{delivery.Channel}: {message}"
            : $"{delivery.Channel}: {message} (gave up after {attempts} attempts)";
        var failed = await db.Database.ExecuteSqlAsync($"""
            UPDATE forwarding.deliveries SET status = 'ExportError', claimed_until = NULL, last_error = {message}, export_notes = {notes}
            WHERE id = {delivery.Id} AND claim_token = {token}
            """, cancellationToken);
        if (failed == 1)
        {
            logger.LogWarning("Delivery {DeliveryId} of {InternalNumber} is an export error: {Notes}", delivery.Id, delivery.InternalNumber, notes);
            await archive.RecordAsync(delivery.TenantId, delivery.DocumentId, Actor, "export-error", notes, cancellationToken);
        }
    }

    private static string Shorten(string message) => message.Length <= 2000 ? message : message[..2000];
}
