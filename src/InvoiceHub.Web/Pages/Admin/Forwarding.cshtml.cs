using FluentValidation;
using InvoiceHub.Forwarding.ChannelSettings;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>
/// The tenant's forwarding channels (e-mail, webhook, DATEV), each with its "test" action and last status; the same
/// handler as the admin API (<c>/api/v1/admin/tenants/{id}/forwarding</c>).
/// </summary>
internal sealed class ForwardingModel(ChannelSettingsHandler handler, IValidator<ChannelSettingsInput> validator) : AdminPageModel
{
    [BindProperty]
    public ChannelSettingsInput Input { get; set; } = new();

    public IReadOnlyList<ChannelTestView> LastTests { get; private set; } = [];

    public bool HasWebhookSecret { get; private set; }

    /// <summary>A channel test that failed, shown once as an error (a success goes to the green notice).</summary>
    [TempData]
    public string? TestProblem { get; set; }

    /// <summary>A webhook secret just issued: shown in this one answer, never again.</summary>
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = await handler.GetAsync(TenantId, cancellationToken);
        await LoadStatusAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The DATEV default accounts are not on this form: null keeps the stored ones.
        Input = Input with { DatevAccounts = null };
        if (!await this.ValidateAsync(validator, Input, nameof(Input), cancellationToken))
        {
            await LoadStatusAsync(cancellationToken);
            return Page();
        }

        var errors = await handler.SaveAsync(TenantId, Input, cancellationToken);
        if (errors.Count > 0)
        {
            AddErrors(errors, nameof(Input));
            await LoadStatusAsync(cancellationToken);
            return Page();
        }

        Notice = "Forwarding settings saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(Channel channel, CancellationToken cancellationToken)
    {
        var result = await handler.TestAsync(TenantId, channel, cancellationToken);
        var message = $"{Name(channel)} test {(result.Succeeded ? "succeeded" : "failed")}: {result.Message}";
        if (result.Succeeded)
        {
            Notice = message;
        }
        else
        {
            TestProblem = message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSecretAsync(CancellationToken cancellationToken)
    {
        NewSecret = await handler.NewWebhookSecretAsync(TenantId, cancellationToken);
        Input = await handler.GetAsync(TenantId, cancellationToken);
        await LoadStatusAsync(cancellationToken);
        return Page();
    }

    public static string Name(Channel channel) => channel switch
    {
        Channel.Mail => "E-mail",
        Channel.Webhook => "Webhook",
        _ => "DATEV",
    };

    private async Task LoadStatusAsync(CancellationToken cancellationToken)
    {
        LastTests = await handler.LastTestsAsync(TenantId, cancellationToken);
        HasWebhookSecret = await handler.HasWebhookSecretAsync(TenantId, cancellationToken);
    }
}
