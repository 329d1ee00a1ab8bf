namespace InvoiceHub.EInvoicing.Model;

/// <summary>One payment means (BG-16). Documents may list several; the first is the preferred one.</summary>
public sealed record PaymentInstructions
{
    /// <summary>BT-81 payment means type code (UNTDID 4461: 30/58 credit transfer, 48 card, 59 direct debit, OIOUBL 31, 42, 50 giro, 93 FIK, 97 NemKonto).</summary>
    public string? MeansCode { get; init; }

    /// <summary>BT-82 payment means text (UBL PaymentMeansCode/@name, CII Information).</summary>
    public string? MeansText { get; init; }

    /// <summary>BT-83 remittance information (UBL PaymentID outside OIOUBL slips, CII PaymentReference).</summary>
    public string? RemittanceInformation { get; init; }

    /// <summary>BG-17 credit transfer (payment account).</summary>
    public CreditTransfer? CreditTransfer { get; init; }

    /// <summary>BG-18 payment card information.</summary>
    public PaymentCard? Card { get; init; }

    /// <summary>BG-19 direct debit.</summary>
    public DirectDebit? DirectDebit { get; init; }

    /// <summary>OIOUBL FIK (means 93) or giro (means 50) payment slip data.</summary>
    public PaymentSlip? Slip { get; init; }

    /// <summary>OIOUBL PaymentChannelCode (e.g. "DK:BANK", "IBAN", "DK:FIK", "DK:GIRO", "DK:NEMKONTO").</summary>
    public string? ChannelCode { get; init; }

    /// <summary>OIOUBL PaymentDueDate of this payment means (EN 16931 uses BT-9 on the invoice instead).</summary>
    public DateOnly? DueDate { get; init; }
}
