using FluentValidation;
using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>Creates, regenerates, revokes and verifies connector credentials.</summary>
internal sealed class ApiCredentialService(
    AccountsDbContext db, ApiCredentialCache cache, IAccountAudit audit, TimeProvider clock, IValidator<NewCredential> validator)
{
    private static readonly TimeSpan _lastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creating without a person behind it (demo data, tests, the load generator).</summary>
    public Task<IssuedApiKey?> CreateAsync(Guid tenantId, string username, CancellationToken cancellationToken) =>
        CreateAsync(tenantId, username, "system", cancellationToken);

    /// <summary>Checks the user name, then creates: the one code path of the credentials page and the admin API.</summary>
    public async Task<AccountResult<IssuedApiKey>> IssueAsync(Guid tenantId, NewCredential input, string actor, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(input, cancellationToken) is { IsValid: false } validation)
        {
            return AccountResult.Invalid<IssuedApiKey>(validation);
        }

        var username = input.Username!.Trim();
        return await CreateAsync(tenantId, username, actor, cancellationToken) is { } issued
            ? AccountResult.Done(issued)
            : AccountResult.Taken<IssuedApiKey>(nameof(input.Username), $"A credential named '{username}' already exists.");
    }

    public async Task<IssuedApiKey?> CreateAsync(Guid tenantId, string username, string actor, CancellationToken cancellationToken)
    {
        username = username.Trim();
        if (!await db.TenantSet.AnyAsync(t => t.Id == tenantId, cancellationToken)
            || await db.ApiCredentials.AnyAsync(c => c.Username == username, cancellationToken))
        {
            return null;
        }

        var (keyId, key) = ApiKey.Generate();
        var credential = new ApiCredential
        {
            TenantId = tenantId,
            Username = username,
            KeyId = keyId,
            KeyHash = ApiKey.Hash(key),
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiCredentials.Add(credential);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(tenantId, actor, "credential.created", $"{username} (key id {keyId})", cancellationToken);
        return new IssuedApiKey(credential.Id, tenantId, username, key);
    }

    /// <summary>A new key for a live credential; null when there is no such credential of the tenant.</summary>
    public async Task<RegeneratedKey?> RegenerateAsync(Guid tenantId, Guid credentialId, string actor, CancellationToken cancellationToken)
    {
        var credential = await db.ApiCredentials.SingleOrDefaultAsync(c => c.Id == credentialId && c.TenantId == tenantId, cancellationToken);
        if (credential is null)
        {
            return null;
        }

        if (credential.RevokedAt is not null)
        {
            // Revoked stays revoked: a new key would bring back a credential someone decided to end.
            return new RegeneratedKey(null, Revoked: true);
        }

        var (keyId, key) = ApiKey.Generate();
        credential.KeyId = keyId;
        credential.KeyHash = ApiKey.Hash(key);
        credential.RegeneratedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // Also when the answer is lost after the server committed: forgetting too often costs one query.
            cache.Forget(credential.Id);
        }

        await audit.RecordAsync(tenantId, actor, "credential.regenerated", $"{credential.Username} (new key id {keyId})", cancellationToken);
        return new RegeneratedKey(new IssuedApiKey(credential.Id, tenantId, credential.Username, key), Revoked: false);
    }

    public async Task<bool> RevokeAsync(Guid tenantId, Guid credentialId, string actor, CancellationToken cancellationToken)
    {
        bool revoked;
        try
        {
            revoked = await db.ApiCredentials
                .Where(c => c.Id == credentialId && c.TenantId == tenantId && c.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, clock.GetUtcNow()), cancellationToken) == 1;
        }
        finally
        {
            cache.Forget(credentialId);
        }

        if (revoked)
        {
            var username = await db.ApiCredentials.Where(c => c.Id == credentialId).Select(c => c.Username).SingleAsync(cancellationToken);
            await audit.RecordAsync(tenantId, actor, "credential.revoked", username, cancellationToken);
        }

        return revoked;
    }

    public async Task<IReadOnlyList<ApiCredential>> ListAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.ApiCredentials.AsNoTracking().Where(c => c.TenantId == tenantId).OrderBy(c => c.Username).ToListAsync(cancellationToken);

    /// <summary>The caller behind a key (and, with HTTP Basic, a user name), or null when anything does not fit.</summary>
    public async Task<ApiClientIdentity?> VerifyAsync(string? username, string key, CancellationToken cancellationToken)
    {
        if (ApiKey.KeyIdOf(key) is not { } keyId)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var credential = cache.TryGet(keyId, now);
        if (credential is null)
        {
            var generation = cache.Generation;
            credential = await db.ApiCredentials.AsNoTracking()
                .SingleOrDefaultAsync(c => c.KeyId == keyId && c.RevokedAt == null, cancellationToken);
            if (credential is not null)
            {
                cache.Put(credential, generation, now);
            }
        }

        if (credential is null || !ApiKey.Matches(key, credential.KeyHash) || (username is not null && username != credential.Username))
        {
            return null;
        }

        if (credential.LastUsedAt is not { } used || now - used >= _lastUsedResolution)
        {
            // The cached copy remembers it too, so a busy key costs this write once a minute, not per request.
            credential.LastUsedAt = now;
            await db.ApiCredentials.Where(c => c.Id == credential.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastUsedAt, now), cancellationToken);
        }

        return new ApiClientIdentity(credential.Id, credential.TenantId, credential.Username, [.. credential.Permissions]);
    }

    /// <summary>
    /// Replaces what a live credential may do beyond pushing; the one code path of the credentials page and the admin
    /// API. Refused for unknown permission names; null when the tenant has no such live credential.
    /// </summary>
    public async Task<AccountResult<ApiCredential>?> SetPermissionsAsync(
        Guid tenantId, Guid credentialId, IReadOnlyCollection<string>? permissions, string actor, CancellationToken cancellationToken)
    {
        permissions ??= [];
        if (permissions.FirstOrDefault(p => !ApiCredential.GrantablePermissions.Contains(p)) is { } unknown)
        {
            return AccountResult.Refused<ApiCredential>("Permissions",
                $"'{unknown}' cannot be granted to a credential; grantable are {string.Join(", ", ApiCredential.GrantablePermissions)}.");
        }

        var credential = await db.ApiCredentials.SingleOrDefaultAsync(c => c.Id == credentialId && c.TenantId == tenantId && c.RevokedAt == null, cancellationToken);
        if (credential is null)
        {
            return null;
        }

        var before = credential.Permissions.Order(StringComparer.Ordinal).ToList();
        var after = ApiCredential.GrantablePermissions.Where(permissions.Contains).ToList();
        if (before.SequenceEqual(after.Order(StringComparer.Ordinal)))
        {
            return AccountResult.Done(credential);
        }

        credential.Permissions = after;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // A grant or a withdrawal takes effect with the next request on this node (other nodes: the cache's freshness).
            cache.Forget(credential.Id);
        }

        await audit.RecordAsync(tenantId, actor, "credential.permissions-changed",
            $"{credential.Username}: [{string.Join(", ", before)}] -> [{string.Join(", ", after)}]", cancellationToken);
        return AccountResult.Done(credential);
    }
}
