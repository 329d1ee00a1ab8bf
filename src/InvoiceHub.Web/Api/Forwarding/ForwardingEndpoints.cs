using System.Globalization;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Forwarding.ChannelSettings;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Export;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Api.Forwarding;

/// <summary>The DATEV batch download, and the admin side of forwarding: channels, their tests, failures, retries, re-sends.</summary>
internal static class ForwardingEndpoints
{
    /// <summary>The tenant's connector credential, or a signed-in Admin or Accountant.</summary>
    public const string DatevReaders = "ForwardingDatevReaders";

    /// <summary>Re-sending a delivered invoice: Admins who hold the permission (the same check as the invoice page's re-send).</summary>
    public const string ResendDelivered = "ForwardingResendDelivered";

    public static void ConfigurePolicies(AuthorizationOptions options)
    {
        options.AddPolicy(DatevReaders, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasClaim(c => c.Type == ApiClaimTypes.ApiClient)
                || context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Accountant)));
        options.AddPolicy(ResendDelivered, policy => policy.RequireRole(Roles.Admin).RequireClaim(Permissions.ClaimType, Permissions.ResendDelivered));
    }

    public static void MapForwardingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/forwarding/datev", GetDatevAsync)
            .RequireAuthorization(DatevReaders)
            .WithTags("Forwarding")
            .WithSummary("The DATEV booking batch (EXTF) of archived invoices by document date: a ZIP with the originals (default) or the CSV. Marks nothing as delivered.")
            .Produces(StatusCodes.Status200OK, responseType: null, "application/zip", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var admin = endpoints.MapGroup("/api/v1/admin/tenants/{tenantId:guid}/forwarding").WithTags("Admin: forwarding");
        admin.MapGet("/settings", async (Guid tenantId, HttpContext context, ChannelSettingsHandler handler, CancellationToken ct) =>
            IsMember(context, tenantId) ? Results.Ok(await handler.GetAsync(tenantId, ct)) : Results.NotFound())
            .RequireAuthorization(AuthorizationPolicies.Admin).WithSummary("The tenant's channels (secrets are never returned).");
        admin.MapPut("/settings", async (Guid tenantId, ChannelSettingsInput input, HttpContext context, ChannelSettingsHandler handler, CancellationToken ct) =>
            {
                if (!IsMember(context, tenantId))
                {
                    return Results.NotFound();
                }

                var errors = await handler.SaveAsync(tenantId, input, ct);
                return errors.Count == 0 ? Results.NoContent()
                    : Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Invalid forwarding settings");
            })
            .RequireAuthorization(AuthorizationPolicies.Admin).WithSummary("Saves the tenant's channels; a missing password keeps the stored one.");
        admin.MapPost("/webhook-secret", async (Guid tenantId, HttpContext context, ChannelSettingsHandler handler, CancellationToken ct) =>
            IsMember(context, tenantId) ? Results.Ok(new WebhookSecretResponse(await handler.NewWebhookSecretAsync(tenantId, ct))) : Results.NotFound())
            .RequireAuthorization(AuthorizationPolicies.Admin).WithSummary("Issues a new webhook signing secret (whsec_...), shown this once.");
        admin.MapPost("/channels/{channel}/test", async (Guid tenantId, Channel channel, HttpContext context, ChannelSettingsHandler handler, CancellationToken ct) =>
            IsMember(context, tenantId) ? Results.Ok(await handler.TestAsync(tenantId, channel, ct)) : Results.NotFound())
            .RequireAuthorization(AuthorizationPolicies.Admin).WithSummary("Tests a channel (Mail, Webhook, Datev) and keeps the result as its last status.");
        admin.MapGet("/failures", async (Guid tenantId, HttpContext context, DeliveryQueries queries, CancellationToken ct) =>
            IsMember(context, tenantId) ? Results.Ok(await queries.ExportErrorsAsync(tenantId, ct)) : Results.NotFound())
            .RequireAuthorization(AuthorizationPolicies.CanEdit).WithSummary("Deliveries in \"export error\", newest first.");
        admin.MapPost("/deliveries/{deliveryId:guid}/retry", async (Guid tenantId, Guid deliveryId, HttpContext context, RetryDeliveryHandler handler, CancellationToken ct) =>
            IsMember(context, tenantId) && await handler.RetryAsync(tenantId, deliveryId, Actor(context), ct) ? Results.Accepted() : Results.NotFound())
            .RequireAuthorization(AuthorizationPolicies.CanEdit).WithSummary("Retries a delivery in export error (same delivery id).");
        admin.MapPost("/deliveries/{deliveryId:guid}/resend", async (Guid tenantId, Guid deliveryId, ResendRequest request, HttpContext context, RetryDeliveryHandler handler, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Reason))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A re-send needs a reason (it goes into the audit trail)."] });
                }

                return IsMember(context, tenantId) && await handler.ResendAsync(tenantId, deliveryId, Actor(context), request.Reason, ct) is { } id
                    ? Results.Accepted(value: new ResendResponse(id))
                    : Results.NotFound();
            })
            .RequireAuthorization(ResendDelivered)
            .WithSummary($"Re-sends a delivered delivery as a new delivery (new id), with a reason; audited. Admins with the permission {Permissions.ResendDelivered}.");
    }

    private static async Task<IResult> GetDatevAsync(HttpContext context, DatevExportHandler handler, string? from, string? to, string? format, Guid? tenant, CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var start) || !TryDate(to, out var end) || end < start)
        {
            return UploadReader.Problem(400, "Invalid period", "Give from and to as YYYY-MM-DD, from not after to.");
        }

        if (format is not (null or "zip" or "csv"))
        {
            return UploadReader.Problem(400, "Invalid format", "format is zip (the default) or csv.");
        }

        var tenants = context.User.FindAll(AccountClaimTypes.Tenant).Select(c => Guid.Parse(c.Value)).ToList();
        Guid tenantId;
        if (tenant is { } asked && tenants.Contains(asked))
        {
            tenantId = asked;
        }
        else if (tenant is null && tenants.Count == 1)
        {
            tenantId = tenants[0];
        }
        else
        {
            return UploadReader.Problem(400, "Which tenant?", "You belong to several tenants (or not to the one asked for): pass tenant=<id> of one of yours.");
        }

        var result = await handler.ExportAsync(tenantId, start, end, format != "csv", cancellationToken);
        if (result.Missing.Count > 0)
        {
            return UploadReader.Problem(422, "DATEV settings missing",
                $"The tenant's DATEV settings lack: {string.Join(", ", result.Missing)}. An Admin sets them on the forwarding settings page.",
                new Dictionary<string, object?> { ["missing"] = result.Missing });
        }

        if (result.Errors.Count > 0)
        {
            return UploadReader.Problem(422, "Values do not fit DATEV's fields",
                "Some invoices of the period cannot be booked as they are; nothing was cut to fit.", new Dictionary<string, object?> { ["errors"] = result.Errors });
        }

        return Results.File(result.Content!, result.ContentType, result.FileName);
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsMember(HttpContext context, Guid tenantId) =>
        context.User.HasClaim(AccountClaimTypes.Tenant, tenantId.ToString());

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "unknown";
}

/// <summary>A new webhook secret, shown this once.</summary>
internal sealed record WebhookSecretResponse(string Secret);

/// <summary>Why a delivered invoice is sent again.</summary>
internal sealed record ResendRequest(string? Reason);

/// <summary>The new delivery's id.</summary>
internal sealed record ResendResponse(Guid DeliveryId);
