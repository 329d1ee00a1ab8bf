using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Api.Authentication;

/// <summary>
/// Failed API-key authentications per client address (<c>Connector:FailedAuthenticationsPerMinute</c>): over the
/// limit, requests with a key are refused with 429 before the key is looked up, so guessing keys cannot load the
/// database. Successful authentications use up nothing.
/// </summary>
internal sealed class ApiKeyFailureThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;

    public ApiKeyFailureThrottle(IOptions<ConnectorSettings> settings)
    {
        var failures = Math.Max(1, settings.Value.FailedAuthenticationsPerMinute);
        _perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = failures,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool IsLimited(IPAddress? address)
    {
        using var lease = _perAddress.AttemptAcquire(Key(address), 0);
        return !lease.IsAcquired;
    }

    public void Failed(IPAddress? address) => _perAddress.AttemptAcquire(Key(address)).Dispose();

    public void Dispose() => _perAddress.Dispose();

    private static string Key(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
