using FluentValidation;

namespace InvoiceHub.Invoices.Editing.UpdateDocument;

/// <summary>The invoice form's field rules, shared by the page and the API (docs/ui-conventions.md).</summary>
internal sealed class UpdateDocumentValidator : AbstractValidator<UpdateDocumentInput>
{
    /// <summary>No invoice in this archive is a billion or more; larger values are typing accidents.</summary>
    public const decimal MaxAmount = 999_999_999.99m;

    public const int MaxLines = 200;

    private static readonly DateOnly Earliest = new(1990, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public UpdateDocumentValidator()
    {
        RuleFor(x => x.InvoiceNumber).MaximumLength(100);
        RuleFor(x => x.CounterpartyName).MaximumLength(300);
        RuleFor(x => x.Currency).Matches("^[A-Z]{3}$").WithErrorCode("currency-code")
            .WithMessage("The currency is a three-letter ISO 4217 code such as EUR.");
        RuleFor(x => x.BookingPeriod).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithErrorCode("booking-period-format")
            .WithMessage("The booking period is a month written as yyyy-MM, for example 2026-11.");
        RuleFor(x => x.Remarks).MaximumLength(4000);

        // Null passes these comparisons: an empty field is a missing value (reported on archiving), not a wrong one.
        RuleFor(x => x.IssueDate).InclusiveBetween(Earliest, Latest);
        RuleFor(x => x.ServiceDate).InclusiveBetween(Earliest, Latest);
        RuleFor(x => x.ReceiptDate).InclusiveBetween(Earliest, Latest);
        RuleFor(x => x.DueDate).InclusiveBetween(Earliest, Latest);
        RuleFor(x => x.CashDiscountDate).InclusiveBetween(Earliest, Latest);
        RuleFor(x => x.RetainUntil).InclusiveBetween(Earliest, new DateOnly(2200, 12, 31));
        RuleFor(x => x.NetAmount).InclusiveBetween(0m, MaxAmount).PrecisionScale(11, 2, true);
        RuleFor(x => x.TaxAmount).InclusiveBetween(0m, MaxAmount).PrecisionScale(11, 2, true);
        RuleFor(x => x.TotalAmount).InclusiveBetween(0m, MaxAmount).PrecisionScale(11, 2, true);

        RuleFor(x => x).Must(x => Math.Abs(x.NetAmount!.Value + x.TaxAmount!.Value - x.TotalAmount!.Value) <= 0.01m)
            .When(x => x.NetAmount is not null && x.TaxAmount is not null && x.TotalAmount is not null)
            .OverridePropertyName(nameof(UpdateDocumentInput.TotalAmount))
            .WithErrorCode("totals-mismatch").WithMessage("Net plus tax must equal the gross amount.");

        RuleFor(x => x.Lines).Must(lines => lines.Count <= MaxLines).WithErrorCode("too-many-lines")
            .WithMessage($"An account assignment has at most {MaxLines} lines.");
        RuleForEach(x => x.Lines).Where(line => !line.IsBlank).ChildRules(line =>
        {
            line.RuleFor(l => l.GlAccount).NotEmpty().MaximumLength(20).Matches("^[0-9A-Za-z.-]*$").WithErrorCode("gl-account-format")
                .WithMessage("A GL account is a number such as 3400 (letters, digits, '.' and '-').");
            line.RuleFor(l => l.NetAmount).NotNull().NotEqual(0m).InclusiveBetween(-MaxAmount, MaxAmount).PrecisionScale(11, 2, true);
            line.RuleFor(l => l.CostCentre).MaximumLength(20);
            line.RuleFor(l => l.TaxKey).MaximumLength(20);
            line.RuleFor(l => l.BookingText).MaximumLength(200);
        });

        // Splits may be corrected later, but they may never assign more than the invoice's net amount.
        RuleFor(x => x.Lines).Must((x, lines) => AssignedNet(lines) <= x.NetAmount!.Value)
            .When(x => x.NetAmount is not null && x.Lines.Any(l => !l.IsBlank && l.NetAmount is not null))
            .WithErrorCode("assignment-exceeds-net").WithMessage("The account assignment lines add up to more than the net amount.");
    }

    public static decimal AssignedNet(IEnumerable<AssignmentLineInput> lines) => lines.Where(l => !l.IsBlank).Sum(l => l.NetAmount ?? 0m);
}
