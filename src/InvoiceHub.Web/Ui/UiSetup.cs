using System.Globalization;
using System.Resources;
using FluentValidation;
using InvoiceHub.Invoices;
using InvoiceHub.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Ui;

/// <summary>What the pages need beyond Razor itself: languages, per-user preferences, validators.</summary>
internal static class UiSetup
{
    private static readonly ResourceManager Texts = new(typeof(SharedText).FullName!, typeof(SharedText).Assembly);

    public static IServiceCollection AddInvoiceHubUi(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UiCultures.English);
            options.SupportedCultures = [.. UiCultures.Supported];
            options.SupportedUICultures = [.. UiCultures.Supported];
            options.RequestCultureProviders = [new UiCultures.UserChoiceProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddScoped<UserPreferences>();

        // One validator per command, found in the modules that own the commands and in the host.
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        services.AddValidatorsFromAssemblies([typeof(InvoicesModule).Assembly, typeof(InvoiceHub.Forwarding.ForwardingModule).Assembly, typeof(UiSetup).Assembly], includeInternalTypes: true);

        // Values that cannot even be bound (letters in an amount, 2026-02-30) get a message in the user's language.
        services.Configure<MvcOptions>(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => Text("InvalidValue", Shorten(value), field));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Text("InvalidValueNoField", Shorten(value)));
            messages.SetValueIsInvalidAccessor(value => Text("InvalidValueNoField", Shorten(value)));
            messages.SetValueMustBeANumberAccessor(field => Text("MustBeNumber", field));
            messages.SetValueMustNotBeNullAccessor(field => Text("Required", field));
            messages.SetMissingBindRequiredValueAccessor(field => Text("Required", field));
            messages.SetMissingKeyOrValueAccessor(() => Text("RequiredNoField"));
        });
        return services;
    }

    /// <summary>After authentication: a signed-in person's language choice comes from their cookie.</summary>
    public static IApplicationBuilder UseInvoiceHubUi(this IApplicationBuilder app) => app.UseRequestLocalization();

    private static string Text(string name, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Texts.GetString(name, CultureInfo.CurrentUICulture) ?? name, arguments);

    // A pasted megabyte must not come back inside the error message.
    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
