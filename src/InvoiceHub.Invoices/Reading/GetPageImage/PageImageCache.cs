using Microsoft.Extensions.Caching.Memory;

namespace InvoiceHub.Invoices.Reading.GetPageImage;

/// <summary>
/// Page images and page counts by the original's SHA-256: an original never changes, so neither do its pages. The
/// cache holds at most <see cref="SizeLimit"/> bytes and forgets what was not looked at for a while; it is the
/// server's own (responses say no-store: a tenant's page is never kept by a browser or proxy).
/// </summary>
internal sealed class PageImageCache : IDisposable
{
    public const long SizeLimit = 64L * 1024 * 1024;

    private static readonly TimeSpan _idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> create, Func<T, long> size, Func<T, bool> keep)
    {
        if (_cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await create();
        if (keep(value))
        {
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)), SlidingExpiration = _idle });
        }

        return value;
    }

    public void Dispose() => _cache.Dispose();
}
