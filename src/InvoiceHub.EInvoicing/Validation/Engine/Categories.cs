namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>VAT category helpers shared by the rules.</summary>
internal static class Categories
{
    /// <summary>The category code as the rules compare it (normalize-space), or null when absent.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static bool IsCode(string? code, string category) => string.Equals(Normalize(code), category, StringComparison.Ordinal);

    /// <summary>True for the VAT tax scheme (or when the scheme is not stated, as in CII documents).</summary>
    public static bool IsVatScheme(string? scheme) => scheme is null || string.Equals(scheme.Trim(), "VAT", StringComparison.OrdinalIgnoreCase);
}
