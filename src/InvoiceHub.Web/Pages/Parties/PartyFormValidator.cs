using FluentValidation;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>
/// Bounds of the form's fields before the parties module's own checks (PartyInputValidator: identifiers, account
/// number range, kind), which the handler applies to page and API alike.
/// </summary>
internal sealed class PartyFormValidator : AbstractValidator<PartyForm>
{
    public PartyFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(200);
        RuleFor(f => f.ExternalId).MaximumLength(100);
        RuleFor(f => f.Street).MaximumLength(200);
        RuleFor(f => f.PostalCode).MaximumLength(20);
        RuleFor(f => f.City).MaximumLength(100);
        RuleFor(f => f.CountryCode).Matches("^[A-Za-z]{2}$").When(f => !string.IsNullOrWhiteSpace(f.CountryCode))
            .WithMessage("Two letters (ISO 3166), e.g. DE.");
        RuleFor(f => f.VatId).MaximumLength(20);
        RuleFor(f => f.RegistrationId).MaximumLength(50);
        RuleFor(f => f.Gln).MaximumLength(20);
        RuleFor(f => f.ElectronicAddress).MaximumLength(200);
        RuleFor(f => f.ElectronicAddressScheme).MaximumLength(20);
        RuleFor(f => f.Ibans).MaximumLength(2000);
        RuleFor(f => f.AccountNumber).MaximumLength(20);
        RuleFor(f => f.DaysNet).InclusiveBetween(0, 365);
        RuleFor(f => f.DiscountDays).InclusiveBetween(0, 365);
        RuleFor(f => f.DiscountPercent).InclusiveBetween(0m, 100m);
    }
}
