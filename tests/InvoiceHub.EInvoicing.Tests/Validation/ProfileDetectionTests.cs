using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>The profile a document is judged by comes from its whole specification identifier (BT-24), never a substring.</summary>
public sealed class ProfileDetectionTests
{
    private const string Guideline = "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID";
    private const string Agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";

    [Theory]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "zugferd-extended")]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended", "zugferd-extended")]
    [InlineData("urn:factur-x.eu:1p0:minimum", "zugferd-minimum")]
    [InlineData("urn:factur-x.eu:1p0:basicwl", "zugferd-basicwl")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "en16931")]
    [InlineData("urn:cen.eu:en16931:2017", "en16931")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", "xrechnung")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", "peppol")]
    // Identifiers that contain ":extended" but name other specifications.
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr", "en16931")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0#conformant#urn:fdc:nen.nl:gaccount:v1.0:extended", "en16931")]
    [InlineData("urn:www.cenbii.eu:transaction:biitrns010:ver2.0:extended:urn:www.peppol.eu:bis:peppol5a:ver2.0:extended:urn:www.difi.no:ehf:faktura:ver2.0", "en16931")]
    public void Validate_SpecificationIdentifier_SelectsTheProfileItNamesExactly(string specification, string profile)
    {
        var document = UblFixture.ValidCii().Set(Guideline, specification).ToBytes();

        var result = InvoiceValidator.Validate(document, ValidationProfile.Auto).Result!;

        result.Profile.ShouldBe(profile);
    }

    [Fact]
    public void Validate_UnknownCius_IsJudgedByEn16931_AndTheRuleSetSaysSo()
    {
        var document = UblFixture.ValidCii().Set(Guideline, "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr").ToBytes();

        var result = InvoiceValidator.Validate(document, ValidationProfile.Auto).Result!;

        result.Profile.ShouldBe("en16931");
        result.RuleSet.ShouldContain("not known");
        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_KnownEn16931Identifier_HasThePlainRuleSetLabel()
    {
        var result = InvoiceValidator.Validate(UblFixture.ValidCii().ToBytes(), ValidationProfile.Auto).Result!;

        result.RuleSet.ShouldBe("EN16931-CII");
    }

    [Theory]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", false)]
    [InlineData("urn:cen.eu:en16931:2017", true)]
    public void Validate_FormattedIssueDateOnReferencedDocument_IsRefusedByCiiDt027OnlyOutsideExtended(string specification, bool fires)
    {
        var document = UblFixture.ValidCii().Set(Guideline, specification)
            .Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>D-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:FormattedIssueDateTime><qdt:DateTimeString format='102'>20250101</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:AdditionalReferencedDocument>")
            .ToBytes();

        var result = InvoiceValidator.Validate(document, ValidationProfile.Auto).Result!;

        result.Findings.Any(f => f.Rule == "CII-DT-027").ShouldBe(fires);
    }

    [Fact]
    public void Validate_Zugferd1Document_GetsItsOwnRuleSetLabel_NeverUbl()
    {
        const string document = """
            <rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
              <rsm:SpecifiedExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:basic</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
              <rsm:HeaderExchangedDocument><ram:ID>R-1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20250115</udt:DateTimeString></ram:IssueDateTime></rsm:HeaderExchangedDocument>
            </rsm:CrossIndustryDocument>
            """;

        var outcome = InvoiceValidator.Validate(System.Text.Encoding.UTF8.GetBytes(document), ValidationProfile.Auto);

        outcome.Result.ShouldNotBeNull(outcome.Read.Error?.Message);
        outcome.Result.Profile.ShouldBe("zugferd-1.0");
        outcome.Result.RuleSet.ShouldStartWith("ZUGFeRD-1.0");
        outcome.Result.Findings.ShouldNotContain(f => f.Rule.StartsWith("UBL-", StringComparison.Ordinal) || f.Rule.StartsWith("CII-", StringComparison.Ordinal));
    }
}
