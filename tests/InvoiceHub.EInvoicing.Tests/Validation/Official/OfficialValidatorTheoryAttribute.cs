namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>A theory that is skipped, with the reason, where the official validator (Saxon-HE, the shared XSLT) is absent.</summary>
public sealed class OfficialValidatorTheoryAttribute : TheoryAttribute
{
    public OfficialValidatorTheoryAttribute()
    {
        if (OfficialValidator.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
