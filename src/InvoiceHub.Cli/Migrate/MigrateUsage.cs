namespace InvoiceHub.Cli.Migrate;

/// <summary>The usage line of <c>migrate</c>, the same in the managed and the native build.</summary>
internal static class MigrateUsage
{
    public const string Text = "migrate [--connection CONNECTION-STRING]   (default: $ConnectionStrings__InvoiceHub)";
}
