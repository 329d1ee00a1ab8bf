using System.Globalization;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Editing.UpdateDocument;

/// <summary>The fields of an in-progress document a person completes: the invoice form and <c>PUT /api/v1/documents/{id}</c>.</summary>
public sealed class UpdateDocumentInput
{
    public string? InvoiceNumber { get; set; }

    public bool IsCreditNote { get; set; }

    public DateOnly? IssueDate { get; set; }

    public DateOnly? ServiceDate { get; set; }

    public DateOnly? ReceiptDate { get; set; }

    /// <summary><c>yyyy-MM</c>; empty means the invoice date's month.</summary>
    public string? BookingPeriod { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateOnly? CashDiscountDate { get; set; }

    public string? CounterpartyName { get; set; }

    /// <summary>The supplier or customer from the tenant's master data; a different one than intake matched is linked by hand.</summary>
    public Guid? PartyId { get; set; }

    public bool PaymentBlock { get; set; }

    /// <summary>The person confirms bank details that differ from the party's known ones.</summary>
    public bool ConfirmBankDetails { get; set; }

    public string? Currency { get; set; }

    public decimal? NetAmount { get; set; }

    public decimal? TaxAmount { get; set; }

    public decimal? TotalAmount { get; set; }

    public string? Remarks { get; set; }

    public DateOnly? RetainUntil { get; set; }

    public List<AssignmentLineInput> Lines { get; set; } = [];

    /// <summary>The form as it stands for a document: its values, and the defaults of what nobody has entered yet.</summary>
    public static UpdateDocumentInput From(Document document)
    {
        var workspace = document.Workspace;
        return new UpdateDocumentInput
        {
            InvoiceNumber = document.InvoiceNumber,
            IsCreditNote = document.IsCreditNote,
            IssueDate = document.IssueDate,
            ServiceDate = workspace?.ServiceDate ?? document.IssueDate,
            ReceiptDate = workspace?.ReceiptDate ?? DateOnly.FromDateTime(document.ReceivedAt.UtcDateTime),
            BookingPeriod = workspace?.BookingPeriod ?? document.IssueDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DueDate = document.DueDate,
            CashDiscountDate = workspace?.CashDiscountDate,
            CounterpartyName = document.CounterpartyName,
            PartyId = document.PartyId,
            PaymentBlock = workspace?.PaymentBlock ?? false,
            ConfirmBankDetails = workspace?.BankDetailsConfirmed ?? false,
            Currency = document.Currency,
            NetAmount = document.NetAmount,
            TaxAmount = document.TaxAmount,
            TotalAmount = document.TotalAmount,
            Remarks = workspace?.Remarks,
            RetainUntil = workspace?.RetainUntil,
            Lines = [.. (workspace?.Lines ?? []).Select(l => new AssignmentLineInput
            {
                GlAccount = l.GlAccount,
                CostCentre = l.CostCentre,
                NetAmount = l.NetAmount,
                TaxKey = l.TaxKey,
                BookingText = l.BookingText,
            })],
        };
    }

    /// <summary>The part of the net amount no line assigns yet (the live balance); zero when there is nothing to assign.</summary>
    public decimal Remainder => (NetAmount ?? 0m) - Lines.Where(l => !l.IsBlank).Sum(l => l.NetAmount ?? 0m);

    /// <summary>A new line with an account but no amount takes the remainder (product notes, section 5).</summary>
    public void FillRemainder()
    {
        if (Lines.FirstOrDefault(l => !l.IsBlank && l.NetAmount is null) is { } line && NetAmount is not null)
        {
            line.NetAmount = Remainder;
        }
    }
}
