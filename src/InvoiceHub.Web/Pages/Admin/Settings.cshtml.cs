using FluentValidation;
using InvoiceHub.Accounts.Tenants.TwoFactorRequirement;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Settings.UpdateSettings;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>Everything the intake pipeline reads for the current tenant, each with what it does; changes are audited.</summary>
internal sealed class SettingsModel(
    UpdateSettingsHandler update, SetTwoFactorRequirementHandler twoFactor, IValidator<SettingsInput> validator) : AdminPageModel
{
    /// <summary>Who in this tenant must sign in with a second factor (its own form: an Accounts setting, not an intake one).</summary>
    [BindProperty]
    public string? TwoFactorRequirement { get; set; }

    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public string NextPurchaseNumber { get; private set; } = "";

    public string NextSalesNumber { get; private set; } = "";

    public TimeSpan Freshness { get; } = SettingsCache.Freshness;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = SettingsForm.From(await update.CurrentAsync(TenantId, cancellationToken));
        await PreviewAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(CancellationToken cancellationToken)
    {
        var result = await twoFactor.HandleAsync(TenantId, TwoFactorRequirement ?? "", Actor, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(new Dictionary<string, string> { [nameof(TwoFactorRequirement)] = result.Errors.Values.First() });
            Form = SettingsForm.From(await update.CurrentAsync(TenantId, cancellationToken));
            await PreviewAsync(cancellationToken);
            return Page();
        }

        Notice = result.Value is "" ? "Nothing changed." : $"Saved: {result.Value}. Members it covers enrol an authenticator at their next sign-in.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Values that could not even be bound (a word for a number) have their message already; the validator adds the rest.
        if (!await this.ValidateAsync(validator, Form.ToInput(), nameof(Form), cancellationToken))
        {
            await PreviewAsync(cancellationToken);
            return Page();
        }

        var result = await update.HandleAsync(TenantId, Actor, Form.ToInput(), cancellationToken);
        if (!result.Saved)
        {
            AddErrors(result.Errors, nameof(Form));
            await PreviewAsync(cancellationToken);
            return Page();
        }

        Notice = result.Changes.Count == 0 ? "Nothing changed." : $"Saved: {string.Join("; ", result.Changes)}.";
        return RedirectToPage();
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        TwoFactorRequirement ??= await twoFactor.GetAsync(TenantId, cancellationToken);
        NextPurchaseNumber = await update.PreviewNextNumberAsync(TenantId, Direction.Purchase, Form.PurchaseNumberFormat ?? "", cancellationToken);
        NextSalesNumber = await update.PreviewNextNumberAsync(TenantId, Direction.Sales, Form.SalesNumberFormat ?? "", cancellationToken);
    }

    /// <summary>The form's fields, kept as typed when refused.</summary>
    public sealed class SettingsForm
    {
        public bool BlockDuplicates { get; set; }

        public string? DefaultPaymentStatus { get; set; }

        public bool AutoCreateParties { get; set; }

        public List<string> RequiredFields { get; set; } = [];

        public string? ExcludedTypeCodes { get; set; }

        public string? PurchaseNumberFormat { get; set; }

        public string? SalesNumberFormat { get; set; }

        public string? OwnIdentifiers { get; set; }

        public string? InvalidDocuments { get; set; }

        public bool HoldBookingAids { get; set; }

        public bool KeepRefusedFiles { get; set; }

        public bool RequireAccountAssignment { get; set; }

        public string? ClosedPeriods { get; set; }

        public int? RetentionYears { get; set; }

        public int? FollowUpEscalationDays { get; set; }

        public bool ArchiveConfidentOcr { get; set; }

        public string? NewBankDetails { get; set; }

        public int? AccountNumberLength { get; set; }

        public long? CustomerRangeFrom { get; set; }

        public long? CustomerRangeTo { get; set; }

        public long? SupplierRangeFrom { get; set; }

        public long? SupplierRangeTo { get; set; }

        public static SettingsForm From(SettingsInput input) => new()
        {
            BlockDuplicates = input.BlockDuplicates,
            DefaultPaymentStatus = input.DefaultPaymentStatus,
            AutoCreateParties = input.AutoCreateParties,
            RequiredFields = [.. input.RequiredFields],
            ExcludedTypeCodes = input.ExcludedTypeCodes,
            PurchaseNumberFormat = input.PurchaseNumberFormat,
            SalesNumberFormat = input.SalesNumberFormat,
            OwnIdentifiers = input.OwnIdentifiers,
            InvalidDocuments = input.InvalidDocuments,
            HoldBookingAids = input.HoldBookingAids,
            KeepRefusedFiles = input.KeepRefusedFiles,
            RequireAccountAssignment = input.RequireAccountAssignment,
            ClosedPeriods = input.ClosedPeriods,
            RetentionYears = input.RetentionYears,
            FollowUpEscalationDays = input.FollowUpEscalationDays,
            ArchiveConfidentOcr = input.ArchiveConfidentOcr,
            NewBankDetails = input.NewBankDetails,
            AccountNumberLength = input.AccountNumberLength,
            CustomerRangeFrom = input.CustomerRangeFrom,
            CustomerRangeTo = input.CustomerRangeTo,
            SupplierRangeFrom = input.SupplierRangeFrom,
            SupplierRangeTo = input.SupplierRangeTo,
        };

        public SettingsInput ToInput() => new(
            BlockDuplicates, DefaultPaymentStatus ?? "", AutoCreateParties, RequiredFields, ExcludedTypeCodes ?? "",
            PurchaseNumberFormat ?? "", SalesNumberFormat ?? "", OwnIdentifiers ?? "", InvalidDocuments ?? "", HoldBookingAids,
            KeepRefusedFiles, RequireAccountAssignment, ClosedPeriods ?? "", RetentionYears, FollowUpEscalationDays, ArchiveConfidentOcr,
            NewBankDetails ?? "", AccountNumberLength, CustomerRangeFrom, CustomerRangeTo, SupplierRangeFrom, SupplierRangeTo);
    }
}
