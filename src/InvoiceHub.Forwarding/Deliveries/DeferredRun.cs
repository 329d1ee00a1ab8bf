namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// A delivery run that ended early to give way to intake on this node. The relay service asks for the run again once
/// intake is quiet (or after <see cref="RetryEvery"/>: deliveries waiting longer than the yield limit go out anyway).
/// </summary>
internal sealed class DeferredRun(TimeProvider clock)
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    private long _since = long.MinValue;

    public void Note() => Interlocked.CompareExchange(ref _since, clock.GetTimestamp(), long.MinValue);

    /// <summary>True (and forgotten) when a run was deferred and is to be asked for now.</summary>
    public bool TakeIfDue(bool intakeBusy)
    {
        var since = Interlocked.Read(ref _since);
        if (since == long.MinValue || (intakeBusy && clock.GetElapsedTime(since) < RetryEvery))
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _since, long.MinValue, since) == since;
    }
}
