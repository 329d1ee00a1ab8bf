namespace InvoiceHub.EInvoicing.Model;

/// <summary>
/// The canonical EN 16931 invoice or credit note, the same whatever syntax it was read from.
/// Immutable; values are kept as written (nothing recomputed), so a document missing mandatory data still reads.
/// </summary>
public sealed record Invoice
{
    /// <summary>Syntax and profile the document was read from (not a business term).</summary>
    public required DocumentFormat Format { get; init; }

    /// <summary>BT-1 invoice number.</summary>
    public string? Number { get; init; }

    /// <summary>BT-2 issue date.</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>BT-3 invoice type code (UNTDID 1001: 380 invoice, 381 credit note, 384 corrected, 389 self-billed...).</summary>
    public string? TypeCode { get; init; }

    /// <summary>True when the document is a UBL CreditNote or its type code is a credit note code (381, 396, 261, 262, 81, 83, 532).</summary>
    public bool IsCreditNote { get; init; }

    /// <summary>BT-5 invoice currency code.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>BT-6 VAT accounting currency code.</summary>
    public string? TaxCurrencyCode { get; init; }

    /// <summary>BT-7 value added tax point date.</summary>
    public DateOnly? TaxPointDate { get; init; }

    /// <summary>BT-8 value added tax point date code (UNTDID 2005 in UBL; CII uses 2475 codes, kept as written).</summary>
    public string? TaxPointDateCode { get; init; }

    /// <summary>BT-9 payment due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>BT-10 buyer reference (Leitweg-ID in XRechnung).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>BT-11 project reference.</summary>
    public string? ProjectReference { get; init; }

    /// <summary>BT-12 contract reference.</summary>
    public string? ContractReference { get; init; }

    /// <summary>BT-13 purchase order reference.</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>BT-14 sales order reference.</summary>
    public string? SalesOrderReference { get; init; }

    /// <summary>BT-15 receiving advice reference.</summary>
    public string? ReceivingAdviceReference { get; init; }

    /// <summary>BT-16 despatch advice reference.</summary>
    public string? DespatchAdviceReference { get; init; }

    /// <summary>BT-17 tender or lot reference.</summary>
    public string? TenderOrLotReference { get; init; }

    /// <summary>BT-18 invoiced object identifier with scheme (BT-18-1).</summary>
    public Identifier? InvoicedObjectId { get; init; }

    /// <summary>BT-19 buyer accounting reference.</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>BT-20 payment terms (several terms joined by a line feed).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>BG-1 invoice notes (BT-21 subject code, BT-22 text).</summary>
    public ValueList<Note> Notes { get; init; } = ValueList<Note>.Empty;

    /// <summary>BT-23 business process type.</summary>
    public string? BusinessProcess { get; init; }

    /// <summary>BT-24 specification identifier (UBL CustomizationID, CII GuidelineSpecifiedDocumentContextParameter/ID).</summary>
    public string? SpecificationId { get; init; }

    /// <summary>
    /// ZUGFeRD / Factur-X MINIMUM and BASIC WL: booking aids, not invoices under EN 16931 (the PDF is the invoice and the
    /// XML lacks lines). Decided by the exact specification identifier.
    /// </summary>
    public bool IsBookingAidOnly => SpecificationId?.Trim() is { } id && _bookingAidSpecifications.Contains(id);

    /// <summary>UBL / OIOUBL UBLVersionID ("2.1", "2.0"); null for CII.</summary>
    public string? UblVersion { get; init; }

    /// <summary>BG-3 preceding invoice references (BT-25, BT-26).</summary>
    public ValueList<PrecedingInvoiceReference> PrecedingInvoices { get; init; } = ValueList<PrecedingInvoiceReference>.Empty;

    /// <summary>BG-4 seller.</summary>
    public Party Seller { get; init; } = new();

    /// <summary>BG-7 buyer.</summary>
    public Party Buyer { get; init; } = new();

    /// <summary>BG-10 payee (when different from the seller).</summary>
    public Party? Payee { get; init; }

    /// <summary>BG-11 seller tax representative party.</summary>
    public Party? TaxRepresentative { get; init; }

    /// <summary>BG-13 delivery information.</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>BG-14 invoicing period (BT-73, BT-74).</summary>
    public Period? InvoicingPeriod { get; init; }

    /// <summary>BG-16 payment instructions; several payment means are possible, the first is the preferred one.</summary>
    public ValueList<PaymentInstructions> PaymentInstructions { get; init; } = ValueList<PaymentInstructions>.Empty;

    /// <summary>BG-20 / BG-21 document level allowances and charges.</summary>
    public ValueList<AllowanceCharge> AllowancesCharges { get; init; } = ValueList<AllowanceCharge>.Empty;

    /// <summary>BG-22 document totals.</summary>
    public DocumentTotals Totals { get; init; } = new();

    /// <summary>BG-23 VAT breakdown.</summary>
    public ValueList<VatBreakdown> VatBreakdown { get; init; } = ValueList<VatBreakdown>.Empty;

    /// <summary>BG-24 additional supporting documents (embedded attachments decoded, external URIs).</summary>
    public ValueList<SupportingDocument> SupportingDocuments { get; init; } = ValueList<SupportingDocument>.Empty;

    /// <summary>BG-25 invoice lines (UBL sub-lines nested in <see cref="InvoiceLine.SubLines"/>, CII sub-lines flat).</summary>
    public ValueList<InvoiceLine> Lines { get; init; } = ValueList<InvoiceLine>.Empty;

    private static readonly HashSet<string> _bookingAidSpecifications = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:factur-x.eu:1p0:minimum",
        "urn:factur-x.eu:1p0:basicwl",
        "urn:zugferd.de:2p0:minimum",
        "urn:zugferd.de:2p0:basicwl",
    };
}
