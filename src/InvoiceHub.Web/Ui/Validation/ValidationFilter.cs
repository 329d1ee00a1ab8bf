using System.Text.Json;
using FluentValidation;

namespace InvoiceHub.Web.Ui.Validation;

/// <summary>
/// Runs the validator of an endpoint's <typeparamref name="T"/> argument (the JSON body) before the handler:
/// 400 <c>application/problem+json</c> with <c>errors</c> keyed by the JSON member path (camelCase).
/// </summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
    where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } input)
        {
            return TypedResults.Problem(statusCode: 400, title: "Request body missing", detail: "Send the fields as a JSON object.");
        }

        var result = await validator.ValidateAsync(input, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result.Errors
            .GroupBy(e => JsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors, title: "The request has invalid fields", detail: "See errors: each field with what is wrong.");
    }

    // "Lines[0].GlAccount" -> "lines[0].glAccount", matching the JSON the client sent.
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}

/// <summary>Attaches <see cref="ValidationFilter{T}"/> to an endpoint.</summary>
internal static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder)
        where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
