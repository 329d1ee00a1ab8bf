namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-13: An Invoice shall have the Invoice total amount without VAT (BT-109).</summary>
internal sealed class BR_13() : TotalsAmountRule("BR-13", "An Invoice shall have the Invoice total amount without VAT (BT-109).", "TaxExclusiveAmount", "TaxBasisTotalAmount", t => t.TaxExclusive);
