using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-12: Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).</summary>
internal sealed class BR_CO_12() : Rule("BR-CO-12", "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).")
{
    public override void Check(ValidationContext context, FindingSink findings) =>
        AllowanceChargeTotalCheck.Check(this, context, charge: true, findings);
}
