using InvoiceHub.Accounts.Users;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Forwarding;

/// <summary>
/// Deliveries in "export error" with the receiving system's message and a retry action (Admins and Bookkeepers); the
/// re-send of a delivered invoice (Admins with the permission, with a reason). Same handlers as the admin API.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.CanEdit)]
internal sealed class FailuresModel(DeliveryQueries queries, RetryDeliveryHandler handler) : PageModel
{
    public IReadOnlyList<DeliveryView> Failures { get; private set; } = [];

    /// <summary>The outcome of an action, shown once where the user returns to (this list or the invoice).</summary>
    public const string NoticeKey = "ForwardingNotice";

    public const string ProblemKey = "ForwardingProblem";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        Failures = await queries.ExportErrorsAsync(tenantId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, string? returnUrl, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        if (await handler.RetryAsync(tenantId, id, Actor, cancellationToken))
        {
            TempData[NoticeKey] = "Sent again: the delivery keeps its id, so the receiver recognises it as the same one.";
        }
        else
        {
            TempData[ProblemKey] = "That delivery is no longer in export error (retried or delivered meanwhile).";
        }

        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, string? reason, string? returnUrl, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId || !MayResend(User))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            TempData[ProblemKey] = "A re-send needs a reason (it goes into the audit trail).";
        }
        else if (await handler.ResendAsync(tenantId, id, Actor, reason, cancellationToken) is { } newId)
        {
            TempData[NoticeKey] = $"Re-sent as the new delivery {newId}.";
        }
        else
        {
            TempData[ProblemKey] = "Only a delivered delivery can be re-sent.";
        }

        return Back(returnUrl);
    }

    /// <summary>Re-sending what was delivered: Admins who hold the permission (product notes: a dedicated permission).</summary>
    public static bool MayResend(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) && user.HasClaim(Permissions.ClaimType, Permissions.ResendDelivered);

    private string Actor => User.Identity?.Name ?? "unknown";

    private IActionResult Back(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
}
