using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Parties;

/// <summary>Registers the parties module.</summary>
public static class PartiesModule
{
    public static IServiceCollection AddPartiesModule(this IServiceCollection services, string connectionString)
    {
        _ = connectionString;
        return services;
    }
}
