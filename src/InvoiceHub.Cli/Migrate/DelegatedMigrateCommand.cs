using System.ComponentModel;
using System.Diagnostics;

namespace InvoiceHub.Cli.Migrate;

/// <summary>
/// <c>invoicehub migrate</c> in the native build (docs/cli.md, "Speed"). EF Core and Npgsql cannot be compiled ahead of
/// time, so the native executable carries no database code and runs the ReadyToRun build that
/// <c>scripts/publish-cli.sh</c> puts beside it (<c>managed/invoicehub</c>) with the same arguments, on the same console.
/// </summary>
internal sealed class DelegatedMigrateCommand(string managedExecutable) : ICommand
{
    public DelegatedMigrateCommand()
        : this(Path.Combine(AppContext.BaseDirectory, "managed", "invoicehub"))
    {
    }

    public string Name => "migrate";

    public string Usage => MigrateUsage.Text;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (!File.Exists(managedExecutable))
        {
            error.WriteLine($"invoicehub migrate: this native build has no database code and {managedExecutable} is missing; publish both builds with scripts/publish-cli.sh (docs/cli.md)");
            return ExitCodes.Usage;
        }

        var start = new ProcessStartInfo(managedExecutable) { UseShellExecute = false };
        start.ArgumentList.Add(Name);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Win32Exception exception)
        {
            error.WriteLine($"invoicehub migrate: cannot run {managedExecutable}: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}
