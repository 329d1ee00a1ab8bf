using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Hosting.Errors;

/// <summary>
/// Turns what escapes the handlers (bugs, infrastructure failures, malformed requests) into RFC 7807 problem
/// details. Expected outcomes never get here: handlers return them as results.
/// </summary>
internal sealed class GlobalExceptionHandler(IProblemDetailsService problems, FailureLog failures, ILogger<GlobalExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (InfrastructureFault.Of(exception) is { } fault && !context.RequestAborted.IsCancellationRequested)
        {
            failures.Record(fault, exception, context);
            return await AnswerAsync(context, exception, fault.Status, fault.Title, fault.Detail, fault.RetryAfterSeconds);
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", BadRequestMessages.ForClient(bad.Message)),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "The client closed the connection before the response was ready."),
            _ => (StatusCodes.Status500InternalServerError, "Internal server error",
                "Something went wrong on our side. The error was logged; quote the correlation id when you report it."),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        else
        {
            logger.LogInformation("Request rejected with {Status}: {Reason}", status, exception.Message);
        }

        return await AnswerAsync(context, exception, status, title, detail, retryAfterSeconds: null);
    }

    private async ValueTask<bool> AnswerAsync(HttpContext context, Exception exception, int status, string title, string detail, int? retryAfterSeconds)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (RequestKind.WantsHtml(context) && status >= 500)
        {
            context.Response.Redirect($"/error/{status}");
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
