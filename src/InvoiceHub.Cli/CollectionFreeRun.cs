namespace InvoiceHub.Cli;

/// <summary>
/// A run of the tool reads its files, prints and exits, and the exit frees all it allocated. Garbage collections during
/// the run only mark and copy the document trees, which all stay alive until the rules are done: on a 5,000-line
/// invoice they were about a tenth of the run (docs/cli.md, "Speed"). So the process asks the runtime for no
/// collection while it allocates no more than its documents need.
/// </summary>
internal static class CollectionFreeRun
{
    // Reading and validating allocates about 10 bytes per byte of XML (the two trees, the model, the findings) and a few
    // megabytes for the rule sets and code lists, whatever the documents; measured with GC.GetTotalAllocatedBytes on the
    // 5,000-line invoice (3 MB: 28 MB) and 1,000 small documents (9.5 MB: 118 MB). The budget leaves room above that.
    internal const long FixedBytes = 16L * 1024 * 1024;
    internal const long BytesPerInputByte = 16;

    // Above this the runtime refuses or the memory is not worth it: the run collects as usual.
    internal const long MaxBudget = 240L * 1024 * 1024;

    private static readonly HashSet<string> _documentCommands = ["parse", "convert", "validate"];

    /// <summary>
    /// Called once by the process's entry point (never by tests, which share their process): when the command reads
    /// documents and their budget is within <see cref="MaxBudget"/>, the runtime collects no garbage until the run has
    /// allocated that much. Past it, it collects as usual; nothing else changes.
    /// </summary>
    public static bool Start(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0 || !_documentCommands.Contains(arguments[0]) || BudgetFor(arguments.Skip(1)) is not { } budget)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's ephemeral space allows.
            return false;
        }
    }

    /// <summary>The allocation budget for the files among <paramref name="arguments"/>; null above <see cref="MaxBudget"/>.</summary>
    internal static long? BudgetFor(IEnumerable<string> arguments)
    {
        var budget = FixedBytes;
        foreach (var argument in arguments)
        {
            var file = new FileInfo(argument);
            if (!argument.StartsWith("--", StringComparison.Ordinal) && file.Exists)
            {
                budget += file.Length * BytesPerInputByte;
                if (budget > MaxBudget)
                {
                    return null;
                }
            }
        }

        return budget;
    }
}
