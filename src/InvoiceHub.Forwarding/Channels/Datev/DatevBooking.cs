namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>One booking row of a batch, before formatting.</summary>
internal sealed record DatevBooking
{
    /// <summary>Gross amount, positive (the sign is <see cref="DebitCredit"/>).</summary>
    public decimal Amount { get; init; }

    /// <summary>'S' (Soll, debit) or 'H' (Haben, credit), relative to <see cref="Account"/>.</summary>
    public char DebitCredit { get; init; }

    /// <summary>ISO 4217 code when not the batch currency (EUR); null otherwise.</summary>
    public string? Currency { get; init; }

    public required string Account { get; init; }

    public required string ContraAccount { get; init; }

    public string? TaxKey { get; init; }

    public DateOnly DocumentDate { get; init; }

    /// <summary>Belegfeld 1: the internal number (the open-item key).</summary>
    public required string DocumentField1 { get; init; }

    /// <summary>Belegfeld 2: the due date as DDMMYY, when known.</summary>
    public string? DocumentField2 { get; init; }

    public required string BookingText { get; init; }

    /// <summary>Beleglink: <c>BEDI "&lt;document id&gt;"</c>, the original in the batch's ZIP.</summary>
    public required string DocumentLink { get; init; }
}
