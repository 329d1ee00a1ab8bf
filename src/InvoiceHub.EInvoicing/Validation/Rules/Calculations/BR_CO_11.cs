using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-11: Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).</summary>
internal sealed class BR_CO_11() : Rule("BR-CO-11", "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).")
{
    public override void Check(ValidationContext context, FindingSink findings) =>
        AllowanceChargeTotalCheck.Check(this, context, charge: false, findings);
}
