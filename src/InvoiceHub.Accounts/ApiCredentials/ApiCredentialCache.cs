using System.Collections.Concurrent;

namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>
/// Active credentials by key id, so that a busy connector does not cost a database round trip per request just to
/// be recognised. The key itself is still checked against the stored hash every time. Regenerating or revoking on
/// this node takes effect at once; on other nodes of a cluster within <see cref="Freshness"/>.
/// </summary>
internal sealed class ApiCredentialCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (ApiCredential Credential, DateTimeOffset Until)> _byKeyId = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Changes with every <see cref="Forget"/>: a lookup that started before one must not cache what it read.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ApiCredential? TryGet(string keyId, DateTimeOffset now) =>
        _byKeyId.TryGetValue(keyId, out var entry) && entry.Until > now ? entry.Credential : null;

    public void Put(ApiCredential credential, long generation, DateTimeOffset now)
    {
        _byKeyId[credential.KeyId] = (credential, now + Freshness);
        if (Generation != generation)
        {
            _byKeyId.TryRemove(credential.KeyId, out _);
        }
    }

    public void Forget(Guid credentialId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (keyId, entry) in _byKeyId)
        {
            if (entry.Credential.Id == credentialId)
            {
                _byKeyId.TryRemove(keyId, out _);
            }
        }
    }
}
