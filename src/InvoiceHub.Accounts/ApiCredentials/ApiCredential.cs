namespace InvoiceHub.Accounts.ApiCredentials;

/// <summary>
/// A machine login of one tenant for the archive connector: a user name plus an API key. Only a hash of the key is
/// stored; the key itself is shown once, when it is created or regenerated.
/// </summary>
public sealed class ApiCredential
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public required string Username { get; init; }

    /// <summary>The public part of the key (<c>ihk_{KeyId}_...</c>), so a bare X-Api-Key header finds its credential.</summary>
    public required string KeyId { get; set; }

    /// <summary>SHA-256 of the whole key. Keys are 256-bit random values, so a fast hash is enough.</summary>
    public required byte[] KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RegeneratedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the key was last accepted, to the minute (updated at most once a minute, not per request).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>
    /// What an Admin granted the billing software beyond pushing invoices: the archive permissions of
    /// <see cref="Users.Permissions"/> (<see cref="GrantablePermissions"/>), so it may archive what it completed.
    /// </summary>
    public List<string> Permissions { get; set; } = [];

    public bool IsActive => RevokedAt is null;

    /// <summary>The permissions a credential can hold: archiving. Re-sending deliveries stays with people.</summary>
    public static IReadOnlyList<string> GrantablePermissions { get; } =
        [Users.Permissions.ImportPurchaseIntoArchive, Users.Permissions.ArchiveSalesWithoutDelivery];
}
