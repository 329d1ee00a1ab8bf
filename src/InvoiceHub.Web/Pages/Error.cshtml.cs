using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace InvoiceHub.Web.Pages;

/// <summary>The human face of an error status: browsers get this page, machines get problem details.</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string CorrelationId { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        // Re-executed status pages keep the original status. A direct visit shows the error status in the URL only
        // when it is one (/error/999 or a bare /error is nothing to report: 404), and never claims a failure of ours.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var code = original?.OriginalStatusCode ?? (status is >= 400 and < 600 && ReasonPhrases.GetReasonPhrase(status.Value).Length > 0
            ? status.Value
            : StatusCodes.Status404NotFound);
        Response.StatusCode = code;
        CorrelationId = HttpContext.TraceIdentifier;
        (Title, Message) = code switch
        {
            StatusCodes.Status403Forbidden => ("Access denied", "Your role does not allow this page. Ask an administrator if you need it."),
            StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request could not be understood. Reload the page and try again."),
            _ when code >= 500 => ("Something went wrong", "The error was logged. Quote the correlation id below when you report it."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}
