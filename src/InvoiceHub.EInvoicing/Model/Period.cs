namespace InvoiceHub.EInvoicing.Model;

/// <summary>A date range: invoicing period (BG-14: BT-73, BT-74) or line period (BG-26: BT-134, BT-135).</summary>
public sealed record Period(DateOnly? StartDate, DateOnly? EndDate);
