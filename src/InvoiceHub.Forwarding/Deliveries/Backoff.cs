namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>Exponential backoff with jitter: the delay before attempt n+1 after n failed ones.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        // Jitter of +-25 %: receivers that failed for many senders at once are not hit by all of them at the same moment.
        return TimeSpan.FromMilliseconds(capped * (0.75 + (random * 0.5)));
    }
}
