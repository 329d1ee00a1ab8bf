using FluentValidation;

namespace InvoiceHub.Invoices.FollowUps;

/// <summary>The bounds of a follow-up; whether the document exists is the handler's answer.</summary>
internal sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator(TimeProvider clock)
    {
        RuleFor(f => f.DocumentId).NotEmpty();
        RuleFor(f => f.AssignedTo).NotEmpty().MaximumLength(256);
        RuleFor(f => f.Note).NotEmpty().MaximumLength(FollowUpLimits.NoteLength);
        RuleFor(f => f.DueOn).NotEmpty()
            .Must(d => d is null || d.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(FollowUpLimits.MaxDaysAhead))
            .WithErrorCode("follow-up-too-far").WithMessage($"At most {FollowUpLimits.MaxDaysAhead / 365} years ahead.");
    }
}
