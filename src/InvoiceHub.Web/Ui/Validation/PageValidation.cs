using FluentValidation;
using InvoiceHub.Web.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InvoiceHub.Web.Ui.Validation;

/// <summary>
/// Runs a command's FluentValidation validator for a page: each message lands in ModelState under the bound
/// property's name, so <c>asp-validation-for</c> shows it beside its field and the tag helpers keep what was typed.
/// </summary>
internal static class PageValidation
{
    /// <param name="prefix">The name of the bound property that holds the input (e.g. <c>nameof(Input)</c>).</param>
    public static Task<bool> ValidateAsync<T>(this PageModel page, IValidator<T> validator, T input, string prefix, CancellationToken cancellationToken) =>
        page.ValidateAsync(validator, input, property => string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}", cancellationToken);

    /// <param name="fieldOf">The form field of a command's property, where the form names it differently (<c>Name</c> -> <c>NewName</c>).</param>
    public static async Task<bool> ValidateAsync<T>(this PageModel page, IValidator<T> validator, T input, Func<string, string> fieldOf, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(input, cancellationToken);
        var localizer = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ValidationText>>();
        foreach (var error in result.Errors)
        {
            var key = fieldOf(error.PropertyName);
            // A value that could not even be bound (wrong type, 2026-02-30) already has its message; one is enough.
            if (page.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            page.ModelState.AddModelError(key, Localize(localizer, error));
        }

        return page.ModelState.IsValid;
    }

    /// <summary>Module validators speak English and name each custom rule by its error code; pages translate by that code.</summary>
    private static string Localize(IStringLocalizer localizer, FluentValidation.Results.ValidationFailure error)
    {
        if (string.IsNullOrEmpty(error.ErrorCode))
        {
            return error.ErrorMessage;
        }

        var translated = localizer[error.ErrorCode];
        return translated.ResourceNotFound ? error.ErrorMessage : translated.Value;
    }
}
