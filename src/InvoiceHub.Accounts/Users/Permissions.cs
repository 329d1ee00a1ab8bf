namespace InvoiceHub.Accounts.Users;

/// <summary>
/// Fine-grained rights granted as claims on top of roles (product notes, section 1): archiving without the
/// normal delivery or approval workflow needs an explicit grant.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "permission";

    /// <summary>"Archive sales invoices without delivery to the customer".</summary>
    public const string ArchiveSalesWithoutDelivery = "invoices.archive-sales-without-delivery";

    /// <summary>"Import purchase invoices directly into the archive".</summary>
    public const string ImportPurchaseIntoArchive = "invoices.import-purchase-into-archive";

    /// <summary>"Send a successfully delivered invoice to the accountant again" (the hand-off module's re-send).</summary>
    public const string ResendDelivered = "forwarding.resend-delivered";

    public static IReadOnlyList<string> All { get; } = [ArchiveSalesWithoutDelivery, ImportPurchaseIntoArchive, ResendDelivered];

    /// <summary>What each permission lets a user do, for the users page.</summary>
    public static string Describe(string permission) => permission switch
    {
        ArchiveSalesWithoutDelivery => "Archive sales invoices without delivery to the customer",
        ImportPurchaseIntoArchive => "Import purchase invoices directly into the archive",
        ResendDelivered => "Re-send an invoice already delivered to the accountant",
        _ => permission,
    };
}
