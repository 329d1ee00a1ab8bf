namespace InvoiceHub.EInvoicing.Model;

/// <summary>A Danish payment slip: FIK (OIOUBL means 93) or giro (means 50).</summary>
/// <param name="CardTypeCode">OIOUBL PaymentID: the slip type, FIK 71/73/75, giro 01/04/15.</param>
/// <param name="PaymentReference">OIOUBL InstructionID: the payment identification printed on the slip.</param>
/// <param name="CreditorAccount">OIOUBL CreditAccount/AccountID: FIK creditor number (starts with 8) or giro account.</param>
public sealed record PaymentSlip(string? CardTypeCode, string? PaymentReference, string? CreditorAccount)
{
    /// <summary>FIK slips (71/73/75) as opposed to giro slips (01/04/15).</summary>
    public bool IsFik => CardTypeCode is "71" or "73" or "75";
}
