using InvoiceHub.Web.Rendering;

namespace InvoiceHub.Web.Hosting;

/// <summary>Services of the archive side of the bookkeeper workspace: search, invoice rendering, intake log, upload, parties, follow-ups.</summary>
internal static class ArchiveWorkspaceSetup
{
    public static IServiceCollection AddArchiveWorkspace(this IServiceCollection services)
    {
        services.AddScoped<ViewRenderer>();
        return services;
    }
}
