namespace InvoiceHub.EInvoicing.Model;

/// <summary>Payment card information (BG-18).</summary>
/// <param name="PrimaryAccountNumber">BT-87 (only the last digits, by rule).</param>
/// <param name="HolderName">BT-88.</param>
public sealed record PaymentCard(string? PrimaryAccountNumber, string? HolderName);
