namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The arithmetic of the official rules: XPath round() (half towards positive infinity) and decimal places.</summary>
internal static class XPathMath
{
    public static decimal Round(decimal value) => Math.Floor(value + 0.5m);

    /// <summary><c>round(x * 10 * 10) div 100</c>, the rules' rounding to two decimals.</summary>
    public static decimal Round2(decimal value) => Math.Floor((value * 100m) + 0.5m) / 100m;

    /// <summary>Fraction digits as written (decimal keeps the scale of the text it was parsed from).</summary>
    public static int Decimals(decimal value) => value.Scale;
}
