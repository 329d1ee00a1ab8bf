namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-12: An Invoice shall have the Sum of Invoice line net amount (BT-106).</summary>
internal sealed class BR_12() : TotalsAmountRule("BR-12", "An Invoice shall have the Sum of Invoice line net amount (BT-106).", "LineExtensionAmount", "LineTotalAmount", t => t.LineNet);
