using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvoiceHub.Forwarding.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class ForwardingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ForwardingDbContext>
{
    public ForwardingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ForwardingDbContext>();
        ForwardingDbContextOptions.Configure(options, "Host=localhost;Database=invoicehub_design");
        return new ForwardingDbContext(options.Options);
    }
}
