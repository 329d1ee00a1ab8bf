namespace InvoiceHub.Invoices.MasterData;

/// <summary>The per-tenant master tables the account assignment draws from.</summary>
public enum MasterDataKind
{
    GlAccount,
    CostCentre,
    TaxKey,
}
