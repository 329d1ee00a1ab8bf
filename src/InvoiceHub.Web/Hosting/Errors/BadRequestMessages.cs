using System.Text.RegularExpressions;

namespace InvoiceHub.Web.Hosting.Errors;

/// <summary>
/// The framework's binding failures name .NET types ("Failed to bind parameter \"Guid? after\""); a client of
/// the API should read the parameter's name and what to do instead. Endpoints parse their query themselves
/// (<c>Api/QueryParameters</c>); this is the safety net for what still reaches the framework's binder.
/// </summary>
internal static partial class BadRequestMessages
{
    public static string ForClient(string message)
    {
        if (BindFailure().Match(message) is { Success: true } bind)
        {
            return $"Parameter '{bind.Groups["name"].Value}' has a value this operation cannot read: '{bind.Groups["value"].Value}'. See /api/reference for its format.";
        }

        if (BodyFailure().Match(message) is { Success: true })
        {
            return "The request body is not JSON of the shape this operation expects. See /api/reference.";
        }

        if (RequiredMissing().Match(message) is { Success: true } missing)
        {
            return $"Parameter '{missing.Groups["name"].Value}' is required.";
        }

        return message;
    }

    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.?$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^(?:Failed to read parameter|Implicit body inferred|Required parameter \"[^\"]*\" was not provided from body)", RegexOptions.Singleline)]
    private static partial Regex BodyFailure();

    [GeneratedRegex("^Required parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\" was not provided", RegexOptions.Singleline)]
    private static partial Regex RequiredMissing();
}
