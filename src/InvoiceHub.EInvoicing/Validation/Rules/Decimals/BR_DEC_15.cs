namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-15: The allowed maximum number of decimals for the Invoice total VAT amount in accounting currency (BT-111) is 2.</summary>
internal sealed class BR_DEC_15() : TaxTotalDecimalsRule("BR-DEC-15", "The allowed maximum number of decimals for the Invoice total VAT amount in accounting currency (BT-111) is 2.", "TaxCurrencyCode", otherCurrencyHolds: false, t => t.TaxInTaxCurrency);
