namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-13: The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.</summary>
internal sealed class BR_DEC_13() : TaxTotalDecimalsRule("BR-DEC-13", "The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.", "InvoiceCurrencyCode", otherCurrencyHolds: true, t => t.Tax);
