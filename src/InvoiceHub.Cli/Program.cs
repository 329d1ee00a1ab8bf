namespace InvoiceHub.Cli;

/// <summary>The `invoicehub` command line: parse, convert, validate, migrate.</summary>
internal static class Program
{
    // A named class rather than top-level statements: test projects that see both this and the web host's
    // global Program type would otherwise not know which one they mean.
    public static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error);
}
