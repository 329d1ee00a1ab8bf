namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-15: An Invoice shall have the Amount due for payment (BT-115).</summary>
internal sealed class BR_15() : TotalsAmountRule("BR-15", "An Invoice shall have the Amount due for payment (BT-115).", "PayableAmount", "DuePayableAmount", t => t.Payable);
