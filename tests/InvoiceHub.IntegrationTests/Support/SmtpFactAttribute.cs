namespace InvoiceHub.IntegrationTests.Support;

/// <summary>A fact that needs the real SMTP server (Debian's python3-aiosmtpd; scripts/test.sh installs it), skipped with a message without it.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (!SmtpSink.Available)
        {
            Skip = "python3-aiosmtpd is not installed (scripts/test.sh installs it): no real SMTP server to test against.";
        }
    }
}
