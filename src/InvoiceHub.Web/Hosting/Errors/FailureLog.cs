using System.Collections.Concurrent;

namespace InvoiceHub.Web.Hosting.Errors;

/// <summary>
/// Logs infrastructure faults without flooding: while an outage lasts, one line per kind of fault and interval,
/// saying how many requests failed since the last line; the full exception only with the outage's first line. An
/// outage of a kind ends when no fault of that kind came for a whole interval.
/// </summary>
internal sealed class FailureLog(ILogger<FailureLog> logger, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Faults:LogIntervalSeconds", 30)));
    private readonly ConcurrentDictionary<string, Outage> _outages = new(StringComparer.Ordinal);

    public void Record(InfrastructureFault fault, Exception exception, HttpContext context)
    {
        var now = clock.GetUtcNow();
        var outage = _outages.GetOrAdd(fault.Kind, _ => new Outage());
        bool first;
        int failedSince;
        lock (outage)
        {
            first = outage.LastSeen is not { } last || now - last > _interval;
            outage.LastSeen = now;
            if (!first && now - outage.LastLogged < _interval)
            {
                outage.Suppressed++;
                return;
            }

            if (first)
            {
                outage.Started = now;
            }

            failedSince = outage.Suppressed + 1;
            outage.Suppressed = 0;
            outage.LastLogged = now;
        }

        if (first)
        {
            logger.LogError(exception, "Infrastructure fault {FaultKind} began: answering {Status} ({Method} {Path})",
                fault.Kind, fault.Status, context.Request.Method, context.Request.Path);
        }
        else
        {
            logger.LogError("Infrastructure fault {FaultKind} continues since {Since:u}: {Failed} request(s) answered {Status} in the last {Interval} ({ExceptionType}: {Reason})",
                fault.Kind, outage.Started, failedSince, fault.Status, _interval, exception.GetType().Name, exception.Message);
        }
    }

    private sealed class Outage
    {
        public DateTimeOffset? LastSeen { get; set; }

        public DateTimeOffset LastLogged { get; set; }

        public DateTimeOffset Started { get; set; }

        public int Suppressed { get; set; }
    }
}
