using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvoiceHub.Accounts.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class AccountsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContextOptions.Configure(options, "Host=localhost;Database=invoicehub_design");
        return new AccountsDbContext(options.Options);
    }
}
