namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>The settings as an admin typed them: lists as comma- or line-separated text, checked by the handler.</summary>
public sealed record SettingsInput(
    bool BlockDuplicates,
    string DefaultPaymentStatus,
    bool AutoCreateParties,
    IReadOnlyList<string> RequiredFields,
    string ExcludedTypeCodes,
    string PurchaseNumberFormat,
    string SalesNumberFormat,
    string OwnIdentifiers);
