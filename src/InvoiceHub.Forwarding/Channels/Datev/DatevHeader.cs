namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>What the header line of a batch says (the rest of its 31 fields is fixed).</summary>
internal sealed record DatevHeader(
    DateTimeOffset CreatedAt,
    int ConsultantNumber,
    int ClientNumber,
    DateOnly FiscalYearStart,
    int AccountLength,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string Label,
    string Chart);
