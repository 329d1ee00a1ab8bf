using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-01: An Invoice shall have a Specification identifier (BT-24).</summary>
internal sealed class BR_01() : Rule("BR-01", "An Invoice shall have a Specification identifier (BT-24).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.SpecificationId))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
