namespace InvoiceHub.EInvoicing.Model;

/// <summary>A contact (BG-6 seller, BG-9 buyer).</summary>
/// <param name="Name">BT-41 / BT-56 contact point.</param>
/// <param name="Telephone">BT-42 / BT-57.</param>
/// <param name="Email">BT-43 / BT-58.</param>
public sealed record Contact(string? Name, string? Telephone, string? Email);
