using InvoiceHub.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>The navigation's "Administration" entry: the console starts with the tenants.</summary>
internal sealed class IndexModel : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin/tenants");
}
