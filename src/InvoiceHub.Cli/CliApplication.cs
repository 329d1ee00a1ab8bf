using InvoiceHub.Cli.Convert;
using InvoiceHub.Cli.Migrate;
using InvoiceHub.Cli.Parse;
using InvoiceHub.Cli.Recognize;
using InvoiceHub.Cli.Validate;

namespace InvoiceHub.Cli;

/// <summary>Dispatches the first argument to a command; testable in-process with any writers.</summary>
internal static class CliApplication
{
    private static readonly ICommand[] _commands = [new ParseCommand(), new ConvertCommand(), new ValidateCommand(), new RecognizeCommand(),
#if NATIVE_CLI
        new DelegatedMigrateCommand(),
#else
        new MigrateCommand(),
#endif
    ];

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(args.Count == 0 ? error : output);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var command = _commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"invoicehub: unknown command '{args[0]}'");
            PrintUsage(error);
            return ExitCodes.Usage;
        }

        return command.Run([.. args.Skip(1)], output, error);
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: invoicehub <command> [arguments]");
        foreach (var command in _commands)
        {
            writer.WriteLine($"  {command.Usage}");
        }
    }
}
