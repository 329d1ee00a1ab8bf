namespace InvoiceHub.Forwarding.Settings;

/// <summary>How the SMTP connection is secured.</summary>
internal enum MailTlsMode
{
    /// <summary>Plain connection (a local relay only).</summary>
    None,

    /// <summary>Upgrade with STARTTLS, refuse when the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
