using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-04: An Invoice shall have an Invoice type code (BT-3).</summary>
internal sealed class BR_04() : Rule("BR-04", "An Invoice shall have an Invoice type code (BT-3).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.TypeCode))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
