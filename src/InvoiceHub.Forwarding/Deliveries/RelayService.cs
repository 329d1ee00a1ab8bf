using InvoiceHub.Invoices.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Each node relays the archive outbox every <see cref="ForwardingOptions.RelayInterval"/> (at once again while
/// there is more), so a delivery starts within a second of archiving rather than at the sweeper's next minute. It also
/// asks again for a delivery run that gave way to intake, once intake is quiet.
/// </summary>
internal sealed class RelayService(
    IServiceScopeFactory scopes, DeferredRun deferred, IIntakeActivity intake, IOptions<ForwardingOptions> options, ILogger<RelayService> logger) : BackgroundService
{
    private const long RetrySweepMilliseconds = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRetrySweep = Environment.TickCount64;
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                handled = await scope.ServiceProvider.GetRequiredService<OutboxRelay>().RelayAsync(stoppingToken);
                if (deferred.TakeIfDue(intake.IsBusy))
                {
                    scope.ServiceProvider.GetRequiredService<DeliveryScheduler>().EnqueueRun();
                }

                if (Environment.TickCount64 - lastRetrySweep > RetrySweepMilliseconds)
                {
                    lastRetrySweep = Environment.TickCount64;
                    await scope.ServiceProvider.GetRequiredService<Sweeper>().EnqueueRunForDueRetriesAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away (a restart, a fail-over): try again at the next tick.
                logger.LogWarning(exception, "Relaying archived documents to forwarding failed; trying again");
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (handled < OutboxRelay.BatchSize)
            {
                try
                {
                    await Task.Delay(options.Value.RelayInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
