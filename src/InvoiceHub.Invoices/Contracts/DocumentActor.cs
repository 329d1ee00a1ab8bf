namespace InvoiceHub.Invoices.Contracts;

/// <summary>
/// Who acts on a document, from a signed-in person or a connector credential alike: the tenant they work in, the
/// name written to the audit trail, and their rights (the host reads them from roles and permission claims).
/// </summary>
public sealed record DocumentActor(Guid TenantId, string Name, bool CanEdit, bool CanArchivePurchase, bool CanArchiveSales)
{
    /// <summary>Archiving without the normal workflow needs the direction's permission (product notes, section 1).</summary>
    public bool MayArchive(Direction direction) => CanEdit && (direction == Direction.Purchase ? CanArchivePurchase : CanArchiveSales);
}
