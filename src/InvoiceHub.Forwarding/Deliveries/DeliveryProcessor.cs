using InvoiceHub.Forwarding.Channels;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Sends the due deliveries one after another. Each attempt claims its row with a conditional update (the next due row
/// no other job holds), sends, and records the outcome under the claim. A job that runs twice, or late, finds nothing
/// due and does nothing: the row, not the job, is the truth.
/// </summary>
internal sealed class DeliveryProcessor(
    ForwardingDbContext db,
    IArchivedDocuments archive,
    IEnumerable<IChannelSender> senders,
    DeliveryScheduler scheduler,
    IIntakeActivity intake,
    DeferredRun deferred,
    IOptions<ForwardingOptions> options,
    TimeProvider clock,
    ILogger<DeliveryProcessor> logger)
{
    public const string Actor = "forwarding";

    // A run gives its worker back after this many attempts or this long, and asks for another run: other jobs (DATEV,
    // housekeeping) get a turn while a large backlog is sent.
    private const int AttemptsPerRun = 500;
    private static readonly TimeSpan _timePerRun = TimeSpan.FromSeconds(60);

    /// <summary>Sends what is due; returns the number of attempts made.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var attempted = 0;
        while (true)
        {
            // While this node receives documents, only deliveries that have waited out the yield limit go; the others
            // wait for a quiet moment (the relay service asks for the run again then).
            var yielding = intake.IsBusy && options.Value.YieldToIntakeFor > TimeSpan.Zero;
            if (await ClaimNextAsync(yielding ? options.Value.YieldToIntakeFor : TimeSpan.Zero, cancellationToken) is not { } claim)
            {
                if (yielding)
                {
                    deferred.Note();
                }

                break;
            }

            var result = await AttemptAsync(claim.Delivery, cancellationToken);
            await RecordAsync(claim.Delivery, claim.Token, result, cancellationToken);
            attempted++;
            if (attempted >= AttemptsPerRun || clock.GetElapsedTime(started) >= _timePerRun)
            {
                scheduler.EnqueueRun();
                break;
            }
        }

        return attempted;
    }

    /// <summary>
    /// Claims the longest-waiting delivery that has been due for at least <paramref name="dueFor"/> and that no job holds,
    /// for one lease. SKIP LOCKED lets jobs on several nodes claim side by side without waiting for each other; the row's
    /// conditions are checked again under its lock.
    /// </summary>
    private async Task<(Delivery Delivery, Guid Token)?> ClaimNextAsync(TimeSpan dueFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueSince = now - dueFor;
        var token = Guid.NewGuid();
        var leaseEnd = now + options.Value.ClaimLease;
        var claimed = await db.Deliveries.FromSql($"""
            UPDATE forwarding.deliveries SET claimed_until = {leaseEnd}, claim_token = {token}, attempts = attempts + 1
            WHERE id = (
                SELECT id FROM forwarding.deliveries
                WHERE status = 'Pending' AND channel <> 'Datev' AND next_attempt_at <= {dueSince} AND (claimed_until IS NULL OR claimed_until < {now})
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
              AND status = 'Pending' AND (claimed_until IS NULL OR claimed_until < {now})
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : (claimed[0], token);
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

        var original = sender.SendsOriginal ? await archive.ReadOriginalAsync(document, cancellationToken) : [];
        if (original is null)
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

    private async Task RecordAsync(Delivery delivery, Guid token, SendResult result, CancellationToken cancellationToken)
    {
        // The claimed row, as the claim left it: this attempt included.
        var attempts = delivery.Attempts;
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
            // The relay service on every job node asks for a run when retries fall due (Sweeper.EnqueueRunForDueRetriesAsync).
            await db.Database.ExecuteSqlAsync($"""
                UPDATE forwarding.deliveries SET next_attempt_at = {next}, claimed_until = NULL, last_error = {message}
                WHERE id = {delivery.Id} AND claim_token = {token}
                """, cancellationToken);
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
