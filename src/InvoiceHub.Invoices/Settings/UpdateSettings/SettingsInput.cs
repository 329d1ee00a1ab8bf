namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>
/// The settings as an admin typed them: lists as comma- or line-separated text, numbers as typed (null when empty or
/// not a number), checked by <see cref="SettingsInputValidator"/> before anything is saved.
/// </summary>
public sealed record SettingsInput(
    bool BlockDuplicates,
    string DefaultPaymentStatus,
    bool AutoCreateParties,
    IReadOnlyList<string> RequiredFields,
    string ExcludedTypeCodes,
    string PurchaseNumberFormat,
    string SalesNumberFormat,
    string OwnIdentifiers,
    string InvalidDocuments,
    bool HoldBookingAids,
    bool KeepRefusedFiles,
    bool RequireAccountAssignment,
    string ClosedPeriods,
    int? RetentionYears,
    int? FollowUpEscalationDays,
    bool ArchiveConfidentOcr = false,
    string NewBankDetails = SettingsInput.AddAtOnce,
    int? AccountNumberLength = 5,
    long? CustomerRangeFrom = 10000,
    long? CustomerRangeTo = 69999,
    long? SupplierRangeFrom = 70000,
    long? SupplierRangeTo = 99999)
{
    /// <summary>The form's values of <see cref="NewBankDetailsPolicy"/>.</summary>
    public const string AddAtOnce = "add", AddOnConfirmation = "confirm", FlagOnly = "flag";
}
