using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace InvoiceHub.Web.Ui;

/// <summary>The languages the pages speak; each culture also formats dates, amounts and numbers.</summary>
internal static class UiCultures
{
    public const string English = "en-GB";
    public const string German = "de-DE";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(English), new(German)];

    public static bool IsSupported(string? name) => Supported.Any(c => c.Name == name);

    /// <summary>A signed-in person's saved choice wins over the browser's Accept-Language.</summary>
    public sealed class UserChoiceProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var chosen = httpContext.User.FindFirst(UserPreferenceClaims.Culture)?.Value;
            return Task.FromResult(IsSupported(chosen) ? new ProviderCultureResult(chosen) : null);
        }
    }
}
