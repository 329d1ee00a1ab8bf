namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>Payment terms: due after <c>DaysNet</c>; <c>CashDiscountPercent</c> off when paid within <c>CashDiscountDays</c>.</summary>
internal sealed record PaymentTermsInput(int? DaysNet, int? CashDiscountDays, decimal? CashDiscountPercent);
