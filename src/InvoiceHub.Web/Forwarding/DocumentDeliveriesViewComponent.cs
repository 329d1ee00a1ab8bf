using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Forwarding;

/// <summary>An archived invoice's deliveries to the accountant on its detail view: state, and an export error's message with a retry.</summary>
// Public: MVC discovers only public view components.
public sealed class DocumentDeliveriesViewComponent(DeliveryQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid documentId)
    {
        if (HttpContext.User.CurrentTenantId() is not { } tenantId)
        {
            return Content("");
        }

        var deliveries = await queries.ForDocumentAsync(tenantId, documentId, HttpContext.RequestAborted);
        return View(new DocumentDeliveries(documentId, deliveries));
    }
}

/// <summary>What the invoice's forwarding section shows.</summary>
internal sealed record DocumentDeliveries(Guid DocumentId, IReadOnlyList<DeliveryView> Deliveries);
