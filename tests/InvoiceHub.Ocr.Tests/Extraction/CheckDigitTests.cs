using InvoiceHub.Ocr.Extraction.Checks;

namespace InvoiceHub.Ocr.Tests.Extraction;

public sealed class CheckDigitTests
{
    [Theory]
    [InlineData("DE02120300000000202051", true)]
    [InlineData("DK5000400440116243", true)]
    [InlineData("GB29NWBK60161331926819", true)]
    [InlineData("DE02120300000000202052", false)]
    [InlineData("DE0212030000000020205", false)]
    public void Iban_Mod97AndCountryLength_AreChecked(string iban, bool valid) => IbanCheck.IsValid(iban).ShouldBe(valid);

    [Fact]
    public void IbanRead_OcrLettersInDigits_AreRepairedWhenTheCheckThenHolds() =>
        IbanCheck.Read("DEO212O3OOOOOOOO2O2O51BIC").ShouldBe(("DE02120300000000202051", true));

    [Fact]
    public void IbanRead_WrongCheckDigits_IsKeptAsInvalid() =>
        IbanCheck.Read("DE12123456789012345678").ShouldBe(("DE12123456789012345678", false));

    [Theory]
    [InlineData("DE136695976", "Valid")]
    [InlineData("DE123456789", "CheckDigitFailed")]
    [InlineData("DK13585628", "Valid")]
    [InlineData("DK13585627", "CheckDigitFailed")]
    [InlineData("ATU13585627", "Valid")]
    [InlineData("BE0403170701", "Valid")]
    [InlineData("GB980780684", "Valid")]
    [InlineData("NL123456789B01", "FormatOnly")]
    [InlineData("DE12345678", "Invalid")]
    [InlineData("XX123456789", "Invalid")]
    public void VatId_FormatAndCheckDigit_AreJudgedPerCountry(string vatId, string verdict) => VatIdCheck.Judge(vatId).ToString().ShouldBe(verdict);

    [Theory]
    [InlineData("13585628", true)]
    [InlineData("25313763", true)]
    [InlineData("13585627", false)]
    [InlineData("1358562", false)]
    public void Cvr_WeightedMod11_IsChecked(string cvr, bool valid) => CvrCheck.IsValid(cvr).ShouldBe(valid);

    [Theory]
    [InlineData("COBADEFFXXX", true)]
    [InlineData("DABADKKK", true)]
    [InlineData("COBAXXFF", false)]
    [InlineData("COBADEF", false)]
    public void Bic_Structure_IsChecked(string bic, bool valid) => BicCheck.IsValid(bic).ShouldBe(valid);

    [Theory]
    [InlineData("71", "000000000000018", true)]
    [InlineData("71", "000000000000017", false)]
    [InlineData("73", "", true)]
    public void Fik_PaymentIdCheckDigit_IsCheckedForCardTypes71And75(string type, string id, bool valid) =>
        FikCheck.PaymentIdIsValid(type, id).ShouldBe(valid);
}
