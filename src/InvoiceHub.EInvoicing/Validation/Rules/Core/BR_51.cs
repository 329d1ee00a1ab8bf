using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-51: only the first 6 and last 4 digits of a card number may be shown (a warning in UBL, fatal in CII).</summary>
internal sealed class BR_51() : Rule("BR-51", "In accordance with card payments security standards an invoice should never include a full card primary account number (BT-87). At the moment PCI Security Standards Council has defined that the first 6 digits and last 4 digits are the maximum number of digits to be shown.", Severity.Warning)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        for (var n = 0; n < i.PaymentInstructions.Count; n++)
        {
            var number = i.PaymentInstructions[n].Card?.PrimaryAccountNumber;
            if (number is not null && number.Trim().Length > 10)
            {
                findings.Add(new Finding(Id, ModelChecks.IsCii(context) ? Severity.Fatal : Severity.Warning, Message, FindingLocation.PaymentMeans(context, n)));
            }
        }
    }
}
