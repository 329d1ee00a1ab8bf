namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>Filters of the intake log, newest first; <see cref="After"/> is the keyset cursor (the last id of the previous page).</summary>
/// <param name="Text">Part of the file name, invoice number or party name.</param>
public sealed record IntakeLogQuery(
    Guid TenantId,
    string? Kind = null,
    string? Actor = null,
    string? Text = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? After = null,
    int Limit = 50);
