namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>A fact that is skipped, with a message, when the shared corpus is absent (xunit 2 has no runtime skip).</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusLocator.CorpusFolder is null)
        {
            Skip = CorpusLocator.MissingMessage;
        }
    }
}
