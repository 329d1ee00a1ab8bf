namespace InvoiceHub.Invoices.Settings;

/// <summary>
/// What intake does with an IBAN on an invoice that its matched party does not have yet, when the party has none on file
/// (product notes section 4). An IBAN that differs from the party's known ones is always flagged whatever this says;
/// once a person confirms it, it is added to the party unless the policy is <see cref="Flag"/>.
/// </summary>
public enum NewBankDetailsPolicy
{
    /// <summary>Add the IBAN to the party at intake, without holding the invoice (the default: there is nothing to compare with).</summary>
    AddAtOnce,

    /// <summary>Hold the invoice with reason <c>changed-bank-details</c>; the person's confirmation adds the IBAN to the party.</summary>
    AddOnConfirmation,

    /// <summary>Hold the invoice with reason <c>changed-bank-details</c>; the party's bank details are never changed from an invoice.</summary>
    Flag,
}
