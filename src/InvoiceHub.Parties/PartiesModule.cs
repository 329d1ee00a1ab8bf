using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Manage.MergeParties;
using InvoiceHub.Parties.Manage.SaveParty;
using InvoiceHub.Parties.Manage.SearchParties;
using InvoiceHub.Parties.Matching;
using InvoiceHub.Parties.Persistence;
using InvoiceHub.Parties.Sync.GetParty;
using InvoiceHub.Parties.Sync.ListParties;
using InvoiceHub.Parties.Sync.UpsertParty;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Parties;

/// <summary>Registers the parties module.</summary>
public static class PartiesModule
{
    public static IServiceCollection AddPartiesModule(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<PartiesDbContext>(options => PartiesDbContextOptions.Configure(options, connectionString));
        services.AddScoped<IPartyMatcher, PartyMatcher>();
        services.AddScoped<UpsertPartyHandler>();
        services.AddScoped<ListPartiesHandler>();
        services.AddScoped<GetPartyHandler>();
        services.AddScoped<SearchPartiesHandler>();
        services.AddScoped<IPartyDirectory, PartyDirectory>();
        services.AddScoped<SavePartyHandler>();
        services.AddScoped<MergePartiesHandler>();
        services.AddScoped<IAccountNumbering, Manage.AccountNumbering.AccountNumberingStore>();
        services.AddScoped<IPartyBankDetails, Manage.BankDetails.PartyBankDetails>();
        return services;
    }

    /// <summary>Applies pending migrations of the parties schema.</summary>
    public static Task MigratePartiesAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PartiesDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>Applies pending migrations without a service provider (the CLI's `migrate`); returns those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigratePartiesAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<PartiesDbContext>();
        PartiesDbContextOptions.Configure(options, connectionString);
        await using var db = new PartiesDbContext(options.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
