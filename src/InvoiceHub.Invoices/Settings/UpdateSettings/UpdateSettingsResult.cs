namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>Saved (with what changed, as audited), or refused with a message per field and nothing saved.</summary>
public sealed record UpdateSettingsResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Changes)
{
    public bool Saved => Errors.Count == 0;
}
