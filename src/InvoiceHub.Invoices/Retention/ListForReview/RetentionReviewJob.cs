using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices.Retention.ListForReview;

/// <summary>The recurring job that lists documents past their retention period for an Admin (see <see cref="RetentionReviewer"/>).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RetentionReviewJob(IServiceProvider services)
{
    public const string Id = "retention-review";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<RetentionReviewer>().RunAsync(cancellationToken);
}
