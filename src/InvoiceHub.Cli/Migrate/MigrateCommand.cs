using InvoiceHub.Accounts;
using InvoiceHub.Forwarding;
using InvoiceHub.Invoices;
using InvoiceHub.Parties;
using Npgsql;

namespace InvoiceHub.Cli.Migrate;

/// <summary>
/// <c>invoicehub migrate [--connection CS]</c>: applies every module's pending migrations, for production roll-outs
/// where the web nodes start with <c>Database:MigrateOnStartup=false</c>.
/// </summary>
internal sealed class MigrateCommand : ICommand
{
    public const string ConnectionVariable = "ConnectionStrings__InvoiceHub";

    public string Name => "migrate";

    public string Usage => MigrateUsage.Text;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--connection" && i + 1 < arguments.Count)
            {
                connectionString = arguments[++i];
            }
            else
            {
                error.WriteLine($"invoicehub migrate: unexpected argument '{arguments[i]}'");
                error.WriteLine($"usage: invoicehub {Usage}");
                return ExitCodes.Usage;
            }
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error.WriteLine($"invoicehub migrate: no database given; pass --connection or set {ConnectionVariable}");
            return ExitCodes.Usage;
        }

        try
        {
            (string Module, Func<string, CancellationToken, Task<IReadOnlyList<string>>> Migrate)[] modules =
            [
                ("accounts", AccountsModule.MigrateAccountsAsync),
                ("parties", PartiesModule.MigratePartiesAsync),
                ("invoices", InvoicesModule.MigrateInvoicesAsync),
                ("forwarding", ForwardingModule.MigrateForwardingAsync),
            ];
            foreach (var (module, migrate) in modules)
            {
                var applied = migrate(connectionString, CancellationToken.None).GetAwaiter().GetResult();
                output.WriteLine(applied.Count == 0
                    ? $"{module}: up to date"
                    : $"{module}: applied {string.Join(", ", applied)}");
            }

            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"invoicehub migrate: {exception.Message}");
            return ExitCodes.InputFailed;
        }
    }
}
