using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using FluentValidation;
using InvoiceHub.Invoices.Numbering;

namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>The settings form's field rules (docs/ui-conventions.md); the handler runs them for every caller.</summary>
internal sealed partial class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public const int MinRetentionYears = 1;

    /// <summary>Longer than any statutory period we know of (DE 10, DK 5 years); more is a typing accident.</summary>
    public const int MaxRetentionYears = 30;

    public const int MaxEscalationDays = 365;

    /// <summary>FiBu tools take person accounts of 5 to 9 digits (DATEV 5-9 with a 4-digit GL); 10 leaves room without overflowing a long.</summary>
    public const int MaxAccountNumberLength = 10;

    public SettingsInputValidator()
    {
        RuleFor(x => x.DefaultPaymentStatus).Must(s => s is "unknown" or "paid")
            .WithErrorCode("payment-status").WithMessage("Choose 'unknown' or 'paid'.");
        RuleFor(x => x.RequiredFields).Must(fields => fields.All(f => RequiredField.All.Contains(f) || f == RequiredField.DueDate))
            .WithErrorCode("required-field-unknown")
            .WithMessage(x => $"Unknown field(s): {Cut(string.Join(", ", x.RequiredFields.Except([.. RequiredField.All, RequiredField.DueDate])))}.");

        RuleFor(x => x.ExcludedTypeCodes).MaximumLength(500).DependentRules(() =>
            RuleFor(x => x.ExcludedTypeCodes).Must(text => FirstBad(text, TypeCode().IsMatch) is null)
                .WithErrorCode("type-code")
                .WithMessage(x => $"'{Cut(FirstBad(x.ExcludedTypeCodes, TypeCode().IsMatch))}' is not a document type code (UNTDID 1001: three digits, such as 325)."));

        RuleFor(x => x.PurchaseNumberFormat).MaximumLength(50).DependentRules(() =>
            RuleFor(x => x.PurchaseNumberFormat).Must(p => InternalNumberFormat.Problem(p?.Trim()) is null)
                .WithErrorCode("number-format").WithMessage(x => InternalNumberFormat.Problem(x.PurchaseNumberFormat?.Trim()) ?? ""));
        RuleFor(x => x.SalesNumberFormat).MaximumLength(50).DependentRules(() =>
            RuleFor(x => x.SalesNumberFormat).Must(p => InternalNumberFormat.Problem(p?.Trim()) is null)
                .WithErrorCode("number-format").WithMessage(x => InternalNumberFormat.Problem(x.SalesNumberFormat?.Trim()) ?? ""));

        RuleFor(x => x.OwnIdentifiers).MaximumLength(2000).DependentRules(() =>
            RuleFor(x => x.OwnIdentifiers).Must(text => FirstBad(text, IsIdentifier) is null)
                .WithErrorCode("own-identifier")
                .WithMessage(x => $"'{Cut(FirstBad(x.OwnIdentifiers, IsIdentifier))}' is not a VAT id, registration id or GLN (letters and digits, up to 50)."));

        RuleFor(x => x.InvalidDocuments).Must(s => s is "refuse" or "queue")
            .WithErrorCode("invalid-documents").WithMessage("Choose 'refuse' or 'queue'.");

        RuleFor(x => x.ClosedPeriods).MaximumLength(2000).DependentRules(() =>
            RuleFor(x => x.ClosedPeriods).Must(text => FirstBad(text, IsPeriod) is null)
                .WithErrorCode("closed-period-format")
                .WithMessage(x => $"'{Cut(FirstBad(x.ClosedPeriods, IsPeriod))}' is not a booking period: write months as yyyy-MM, for example 2026-01."));

        RuleFor(x => x.RetentionYears).NotNull().WithErrorCode("retention-years")
            .WithMessage($"Enter the years to keep invoices, {MinRetentionYears} to {MaxRetentionYears}.")
            .InclusiveBetween(MinRetentionYears, MaxRetentionYears).WithErrorCode("retention-years")
            .WithMessage($"Enter the years to keep invoices, {MinRetentionYears} to {MaxRetentionYears}.");
        RuleFor(x => x.FollowUpEscalationDays).NotNull().WithErrorCode("escalation-days")
            .WithMessage($"Enter a number of days, 1 to {MaxEscalationDays}.")
            .InclusiveBetween(1, MaxEscalationDays).WithErrorCode("escalation-days")
            .WithMessage($"Enter a number of days, 1 to {MaxEscalationDays}.");

        RuleFor(x => x.NewBankDetails).Must(s => s is SettingsInput.AddAtOnce or SettingsInput.AddOnConfirmation or SettingsInput.FlagOnly)
            .WithErrorCode("bank-details-policy").WithMessage("Choose 'add', 'confirm' or 'flag'.");

        RuleFor(x => x.AccountNumberLength).NotNull().WithErrorCode("account-number-length")
            .WithMessage($"Enter the digits of an account number, 1 to {MaxAccountNumberLength}.")
            .InclusiveBetween(1, MaxAccountNumberLength).WithErrorCode("account-number-length")
            .WithMessage($"Enter the digits of an account number, 1 to {MaxAccountNumberLength}.");
        AccountRange("customer", x => x.CustomerRangeFrom, x => x.CustomerRangeTo);
        AccountRange("supplier", x => x.SupplierRangeFrom, x => x.SupplierRangeTo);
        // Intake and the party pages tell a customer's account from a supplier's by its range.
        RuleFor(x => x.SupplierRangeFrom)
            .Must((x, _) => x is not { CustomerRangeFrom: { } cf, CustomerRangeTo: { } ct, SupplierRangeFrom: { } sf, SupplierRangeTo: { } st } || st < cf || sf > ct)
            .WithErrorCode("account-range-overlap").WithMessage("The supplier range overlaps the customer range: give each its own numbers.");
    }

    private void AccountRange(string kind, Expression<Func<SettingsInput, long?>> from, Expression<Func<SettingsInput, long?>> to)
    {
        var fromValue = from.Compile();
        RuleFor(from).Cascade(CascadeMode.Stop).NotNull().WithErrorCode("account-range").WithMessage($"Enter where the {kind} range starts, a whole number 0 or more.")
            .GreaterThanOrEqualTo(0).WithErrorCode("account-range").WithMessage($"Enter where the {kind} range starts, a whole number 0 or more.");
        RuleFor(to).Cascade(CascadeMode.Stop).NotNull().WithErrorCode("account-range").WithMessage($"Enter where the {kind} range ends, a whole number.")
            .Must((x, end) => fromValue(x) is not { } start || end > start)
            .WithErrorCode("account-range-order").WithMessage(x => $"The {kind} range must end above where it starts ({fromValue(x)}).")
            .Must((x, end) => x.AccountNumberLength is not (>= 1 and <= MaxAccountNumberLength) || end < Pow10(x.AccountNumberLength.Value))
            .WithErrorCode("account-range-length")
            .WithMessage(x => $"The {kind} range must fit in account numbers of {x.AccountNumberLength} digits (up to {Pow10(Math.Clamp(x.AccountNumberLength ?? 1, 1, MaxAccountNumberLength)) - 1}).");
    }

    private static long Pow10(int digits)
    {
        var value = 1L;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }

    /// <summary>A comma-, semicolon-, space- or line-separated list, upper-cased, without repeats.</summary>
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpper(CultureInfo.InvariantCulture)).Distinct()];

    private static string? FirstBad(string? text, Func<string, bool> isGood) => Split(text).FirstOrDefault(item => !isGood(item));

    private static bool IsIdentifier(string id) => id.Length <= 50 && Identifier().IsMatch(id);

    private static bool IsPeriod(string period) => Period().IsMatch(period);

    /// <summary>A refused item is quoted in the message; a huge one only by its start.</summary>
    private static string Cut(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text ?? "";

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex TypeCode();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9.:-]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Period();
}
