using FluentValidation;

namespace InvoiceHub.Invoices.MasterData.ManageMasterData;

/// <summary>Codes as accounting systems take them; rates as percentages.</summary>
internal sealed class MasterDataValidator : AbstractValidator<MasterDataInput>
{
    public MasterDataValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20).Matches("^[0-9A-Za-z.-]*$").WithErrorCode("master-data-code")
            .WithMessage("A code has letters, digits, '.' and '-' only.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Rate).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
    }
}
