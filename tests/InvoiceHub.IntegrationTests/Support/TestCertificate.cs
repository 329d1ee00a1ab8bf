using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>A self-signed certificate (PKCS#12 file, no password) that encrypts the data-protection keys of test apps.</summary>
public static class TestCertificate
{
    private static readonly Lazy<string> _path = new(Create);

    public static string Path => _path.Value;

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=InvoiceHub tests data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"invoicehub-test-dp-{Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return path;
    }
}
