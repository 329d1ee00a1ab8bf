namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-14: An Invoice shall have the Invoice total amount with VAT (BT-112).</summary>
internal sealed class BR_14() : TotalsAmountRule("BR-14", "An Invoice shall have the Invoice total amount with VAT (BT-112).", "TaxInclusiveAmount", "GrandTotalAmount", t => t.TaxInclusive);
