using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Forwarding;

/// <summary>The dashboard's export errors: how many, the latest with the receiving system's message, a way to the list.</summary>
// Public: MVC discovers only public view components.
public sealed class ExportErrorsViewComponent(DeliveryQueries queries) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.CurrentTenantId() is not { } tenantId)
        {
            return Content("");
        }

        var errors = await queries.ExportErrorsAsync(tenantId, HttpContext.RequestAborted);
        return View(new ExportErrors(errors.Count, [.. errors.Take(Shown)], Actors.CanEdit(HttpContext.User)));
    }
}

/// <summary>What the dashboard card shows.</summary>
internal sealed record ExportErrors(int Count, IReadOnlyList<DeliveryView> Latest, bool CanRetry);
