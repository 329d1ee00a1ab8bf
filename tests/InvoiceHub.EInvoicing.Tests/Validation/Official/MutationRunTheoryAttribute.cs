namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>A theory that runs only when INVOICEHUB_MUTATION_RUN is set and the official validator is available.</summary>
public sealed class MutationRunTheoryAttribute : TheoryAttribute
{
    public MutationRunTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("INVOICEHUB_MUTATION_RUN") is not { Length: > 0 })
        {
            Skip = "differential mutation run: set INVOICEHUB_MUTATION_RUN (e.g. 800 mutants per seed, or all) to run it";
        }
        else if (OfficialValidator.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
