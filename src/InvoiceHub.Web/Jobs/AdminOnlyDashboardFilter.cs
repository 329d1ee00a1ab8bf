using Hangfire.Dashboard;
using InvoiceHub.Accounts.Users;

namespace InvoiceHub.Web.Jobs;

/// <summary>Hangfire's own gate for its dashboard; the endpoint's Admin policy answers first, this is defence in depth.</summary>
internal sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
