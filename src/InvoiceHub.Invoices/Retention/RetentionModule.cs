using InvoiceHub.Invoices.Retention.DeleteExpired;
using InvoiceHub.Invoices.Retention.ListForReview;
using InvoiceHub.Invoices.Retention.ListReviews;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices.Retention;

/// <summary>Registers the retention review: the recurring job's work, the list, and the confirmed deletion.</summary>
public static class RetentionModule
{
    public static IServiceCollection AddInvoiceRetention(this IServiceCollection services)
    {
        services.AddScoped<RetentionReviewer>();
        services.AddTransient<RetentionReviewJob>();
        services.AddScoped<ListRetentionReviewsHandler>();
        services.AddScoped<DeleteExpiredDocumentHandler>();
        return services;
    }
}
