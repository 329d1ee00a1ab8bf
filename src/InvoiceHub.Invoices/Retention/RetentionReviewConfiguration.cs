using InvoiceHub.Invoices.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvoiceHub.Invoices.Retention;

/// <summary>The table <c>invoices.retention_reviews</c>: one row per listed document, read per tenant in date order.</summary>
internal sealed class RetentionReviewConfiguration : IEntityTypeConfiguration<RetentionReview>
{
    public void Configure(EntityTypeBuilder<RetentionReview> review)
    {
        review.ToTable("retention_reviews");
        review.HasKey(r => r.DocumentId);
        // A listing means nothing without its document, however that goes (the confirmed deletion removes it first).
        review.HasOne<Document>().WithOne().HasForeignKey<RetentionReview>(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        review.HasIndex(r => new { r.TenantId, r.RetainUntil, r.DocumentId });
    }
}
