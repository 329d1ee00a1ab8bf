namespace InvoiceHub.Parties.Contracts;

/// <summary>
/// A tenant's person-account numbering: how many digits an account number has, and the customer and supplier ranges
/// that the master-data sync, the party pages and creation from documents keep to.
/// </summary>
public sealed record AccountNumbering(int Length, long CustomerFrom, long CustomerTo, long SupplierFrom, long SupplierTo);
