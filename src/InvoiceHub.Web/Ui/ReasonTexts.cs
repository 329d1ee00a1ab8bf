using InvoiceHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace InvoiceHub.Web.Ui;

/// <summary>The sentence a page shows for a reason an invoice waits: translated by its code, or the stored English one.</summary>
internal static class ReasonTexts
{
    public static string Describe(this IStringLocalizer<ReasonText> texts, string code, string message)
    {
        var text = texts[code];
        return text.ResourceNotFound ? message : text.Value;
    }
}
