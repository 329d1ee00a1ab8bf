using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Identity;

/// <summary>
/// Rate limits on failed sign-ins, per client address and per account (also for e-mail addresses that have no
/// account, so the limits tell nothing about which exist). Only failures use up the limits; an attempt over a limit
/// is refused before the password is even checked, so it does not count towards the account's lockout either: five
/// guesses from one address cannot lock the account for its owner elsewhere.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<SignInSettings> options)
    {
        var settings = options.Value;
        _perAddress = Limiter(settings.FailuresPerAddress, settings.Window);
        _perAccount = Limiter(settings.FailuresPerAccount, settings.Window);
    }

    /// <summary>True when either limit is used up for this address or account: refuse without checking the password.</summary>
    public bool IsLimited(IPAddress? address, string email)
    {
        using var byAddress = _perAddress.AttemptAcquire(AddressKey(address), 0);
        using var byAccount = _perAccount.AttemptAcquire(AccountKey(email), 0);
        return !byAddress.IsAcquired || !byAccount.IsAcquired;
    }

    /// <summary>Counts a failed sign-in against both limits.</summary>
    public void Failed(IPAddress? address, string email)
    {
        _perAddress.AttemptAcquire(AddressKey(address)).Dispose();
        _perAccount.AttemptAcquire(AccountKey(email)).Dispose();
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int failures, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, failures),
            Window = window,
            SegmentsPerWindow = 15,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static string AddressKey(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static string AccountKey(string email) => email.Trim().ToUpperInvariant();
}
