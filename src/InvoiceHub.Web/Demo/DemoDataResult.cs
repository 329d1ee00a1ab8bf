namespace InvoiceHub.Web.Demo;

/// <summary>What seeding added, and the demo credential's key when it was created now (the only time it is known).</summary>
internal sealed record DemoDataResult(IReadOnlyList<string> Created, string CredentialName, string? ApiKey);
