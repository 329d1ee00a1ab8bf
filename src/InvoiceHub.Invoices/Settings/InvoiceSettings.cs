using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Settings;

/// <summary>A tenant's intake settings; a tenant without a row gets <see cref="Defaults"/>.</summary>
public sealed class InvoiceSettings
{
    public Guid TenantId { get; init; }

    /// <summary>Refuse (409) a second invoice with the same number from the same counterparty, instead of queueing it flagged.</summary>
    public bool BlockDuplicates { get; set; } = true;

    public PaymentStatus DefaultPaymentStatus { get; set; } = PaymentStatus.Unknown;

    /// <summary>Create unknown suppliers and customers from the document instead of queueing it.</summary>
    public bool AutoCreateParties { get; set; } = true;

    /// <summary>Document type codes (UNTDID 1001) that are not imported: pro-forma 325 and down-payment 386 by default.</summary>
    public List<string> ExcludedTypeCodes { get; set; } = ["325", "386"];

    /// <summary>What must be present for archiving: number, issue-date, counterparty, currency, totals.</summary>
    public List<string> RequiredFields { get; set; } = [.. RequiredField.All];

    public string PurchaseNumberFormat { get; set; } = "ER-{yyyy}-{seq:00000}";

    public string SalesNumberFormat { get; set; } = "AR-{yyyy}-{seq:00000}";

    /// <summary>The tenant's own VAT ids, registration ids and GLNs, to tell purchase from sales documents.</summary>
    public List<string> OwnIdentifiers { get; set; } = [];

    /// <summary>
    /// ZUGFeRD MINIMUM and BASIC WL documents (booking aids, not EN 16931 invoices) wait in progress with reason
    /// booking-aid-only instead of being archived directly.
    /// </summary>
    public bool HoldBookingAids { get; set; }

    /// <summary>Keep the bytes of refused files in the intake log (downloadable there; never archived). Off by default.</summary>
    public bool KeepRefusedFiles { get; set; }

    /// <summary>Follow-ups overdue by more than this many days are shown to Admins as escalated.</summary>
    public int FollowUpEscalationDays { get; set; } = 7;

    /// <summary>Archiving needs an account assignment whose lines add up to the net amount.</summary>
    public bool RequireAccountAssignment { get; set; }

    /// <summary>Booking periods (<c>yyyy-MM</c>) the tenant has closed: no invoice may be booked into them.</summary>
    public List<string> ClosedPeriods { get; set; } = [];

    /// <summary>Documents that fail validation: refused at intake (422, the default) or queued with reason <c>invalid</c>.</summary>
    public InvalidDocumentHandling InvalidDocuments { get; set; } = InvalidDocumentHandling.Refuse;

    /// <summary>Years an invoice is kept after the end of its invoice date's year.</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>
    /// OCR results (scans, PDFs without invoice XML) that are complete and recognised with confidence in every field
    /// archive directly like a complete e-invoice; off by default: a person looks at each one in the queue.
    /// </summary>
    public bool ArchiveConfidentOcr { get; set; }

    /// <summary>An IBAN an invoice brings for a party that has none on file: added at once, added once a person confirms it, or only flagged.</summary>
    public NewBankDetailsPolicy NewBankDetails { get; set; } = NewBankDetailsPolicy.AddAtOnce;

    public static InvoiceSettings Defaults(Guid tenantId) => new() { TenantId = tenantId };

    /// <summary>A deep copy, so that a cached instance is never changed through a caller's hands.</summary>
    internal InvoiceSettings Copy() => new()
    {
        TenantId = TenantId,
        BlockDuplicates = BlockDuplicates,
        DefaultPaymentStatus = DefaultPaymentStatus,
        AutoCreateParties = AutoCreateParties,
        ExcludedTypeCodes = [.. ExcludedTypeCodes],
        RequiredFields = [.. RequiredFields],
        PurchaseNumberFormat = PurchaseNumberFormat,
        SalesNumberFormat = SalesNumberFormat,
        OwnIdentifiers = [.. OwnIdentifiers],
        HoldBookingAids = HoldBookingAids,
        KeepRefusedFiles = KeepRefusedFiles,
        FollowUpEscalationDays = FollowUpEscalationDays,
        RequireAccountAssignment = RequireAccountAssignment,
        ClosedPeriods = [.. ClosedPeriods],
        InvalidDocuments = InvalidDocuments,
        RetentionYears = RetentionYears,
        ArchiveConfidentOcr = ArchiveConfidentOcr,
        NewBankDetails = NewBankDetails,
    };
}
