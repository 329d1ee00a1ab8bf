namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>A theory that is skipped, with a message, when the shared corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (CorpusLocator.CorpusFolder is null)
        {
            Skip = CorpusLocator.MissingMessage;
        }
    }
}
