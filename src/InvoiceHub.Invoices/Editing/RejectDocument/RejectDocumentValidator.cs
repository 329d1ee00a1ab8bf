using FluentValidation;

namespace InvoiceHub.Invoices.Editing.RejectDocument;

/// <summary>A rejection needs a reason a colleague can understand later.</summary>
internal sealed class RejectDocumentValidator : AbstractValidator<RejectDocumentInput>
{
    public RejectDocumentValidator() => RuleFor(x => x.Reason).NotEmpty().MinimumLength(3).MaximumLength(500);
}
