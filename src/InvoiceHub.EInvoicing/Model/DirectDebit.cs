namespace InvoiceHub.EInvoicing.Model;

/// <summary>Direct debit (BG-19).</summary>
/// <param name="MandateReference">BT-89 mandate reference identifier.</param>
/// <param name="CreditorId">BT-90 bank assigned creditor identifier.</param>
/// <param name="DebitedAccountId">BT-91 debited account identifier.</param>
public sealed record DirectDebit(string? MandateReference, string? CreditorId, string? DebitedAccountId);
