using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvoiceHub.Invoices.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class InvoicesDesignTimeDbContextFactory : IDesignTimeDbContextFactory<InvoicesDbContext>
{
    public InvoicesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InvoicesDbContext>();
        InvoicesDbContextOptions.Configure(options, "Host=localhost;Database=invoicehub_design");
        return new InvoicesDbContext(options.Options);
    }
}
