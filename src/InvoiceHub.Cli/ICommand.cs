namespace InvoiceHub.Cli;

/// <summary>One verb of the command line; new verbs (validate, migrate) are new implementations.</summary>
internal interface ICommand
{
    string Name { get; }

    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code (0 success, 1 some input failed, 2 usage error).</summary>
    int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error);
}
