namespace InvoiceHub.Web.Api.Authentication;

/// <summary>Limits of the connector API (section <c>Connector</c>).</summary>
internal sealed class ConnectorSettings
{
    public const string Section = "Connector";

    /// <summary>Requests a credential may make per second (token bucket refill).</summary>
    public int RequestsPerSecond { get; set; } = 500;

    /// <summary>Requests a credential may make in one burst.</summary>
    public int Burst { get; set; } = 1000;

    /// <summary>Failed API-key authentications one client address may make per minute before it gets 429.</summary>
    public int FailedAuthenticationsPerMinute { get; set; } = 30;

    /// <summary>Largest accepted upload; larger bodies get 413.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;
}
