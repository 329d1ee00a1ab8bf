using InvoiceHub.Ocr.Extraction;

namespace InvoiceHub.Ocr.Tests.Extraction;

public sealed class TextParsingTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("-8,79", "-8.79")]
    [InlineData("0.59", "0.59")]
    [InlineData("18.310,63", "18310.63")]
    public void Amount_GermanEnglishDanishFormats_AreParsed(string text, string expected) =>
        AmountText.Format(AmountText.Parse(text)!.Value).ShouldBe(expected);

    [Theory]
    [InlineData("am 15.11.2024 geliefert", "2024-11-15")]
    [InlineData("2024-11-15", "2024-11-15")]
    [InlineData("15/11/24", "2024-11-15")]
    [InlineData("11/15/2024", "2024-11-15")]
    [InlineData("15. November 2024", "2024-11-15")]
    [InlineData("1. december 2024", "2024-12-01")]
    [InlineData("Nov 15, 2024", "2024-11-15")]
    [InlineData("15-11-2024", "2024-11-15")]
    public void Date_GermanEnglishDanishFormats_AreParsed(string text, string expected)
    {
        var match = DateText.Pattern().Match(text);

        match.Success.ShouldBeTrue();
        DateText.Parse(match).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Date_Impossible_IsNotADate() => DateText.Parse(DateText.Pattern().Match("31.02.2024")).ShouldBeNull();

    [Fact]
    public void Amount_Percentage_IsNotAnAmount() => AmountText.Pattern().IsMatch("19,00 %").ShouldBeFalse();
}
