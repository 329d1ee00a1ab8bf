using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvoiceHub.Parties.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class PartiesDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartiesDbContext>
{
    public PartiesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartiesDbContext>();
        PartiesDbContextOptions.Configure(options, "Host=localhost;Database=invoicehub_design");
        return new PartiesDbContext(options.Options);
    }
}
