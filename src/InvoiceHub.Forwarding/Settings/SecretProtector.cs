using Microsoft.AspNetCore.DataProtection;

namespace InvoiceHub.Forwarding.Settings;

/// <summary>Keeps channel secrets (SMTP password, webhook secret) encrypted with the installation's data-protection keys.</summary>
internal sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("InvoiceHub.Forwarding.ChannelSecrets");

    public string Protect(string secret) => _protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) => protectedSecret is null ? null : _protector.Unprotect(protectedSecret);
}
