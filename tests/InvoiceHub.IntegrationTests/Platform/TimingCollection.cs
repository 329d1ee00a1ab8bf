namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>
/// Tests that compare two timings of the app (an unknown e-mail against a wrong password) run alone, after the parallel
/// ones: with other test classes writing to the same PostgreSQL, one side's database work was slowed by theirs and
/// the comparison measured the neighbours, not the app (a wrong password once took 632 ms against 421 ms).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing comparisons (alone)";
}
