using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Intake;

/// <summary>
/// Counts the documents being received on this node. Busy while one is, and for a moment after the last one ended:
/// a client pushing one document after another leaves gaps of a few milliseconds between its requests.
/// </summary>
internal sealed class IntakeActivity(TimeProvider clock) : IIntakeActivity
{
    public static readonly TimeSpan Afterglow = TimeSpan.FromMilliseconds(250);

    private int _inFlight;
    private long _lastEnded = long.MinValue;

    public bool IsBusy =>
        Volatile.Read(ref _inFlight) > 0
        || (Interlocked.Read(ref _lastEnded) is var ended && ended != long.MinValue && clock.GetElapsedTime(ended) < Afterglow);

    /// <summary>Marks one document as being received until the result is disposed.</summary>
    public Receiving Begin()
    {
        Interlocked.Increment(ref _inFlight);
        return new Receiving(this);
    }

    private void End()
    {
        Interlocked.Exchange(ref _lastEnded, clock.GetTimestamp());
        Interlocked.Decrement(ref _inFlight);
    }

    internal readonly struct Receiving(IntakeActivity activity) : IDisposable
    {
        public void Dispose() => activity.End();
    }
}
