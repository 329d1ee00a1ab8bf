using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Validation.Coverage;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Peppol;
using InvoiceHub.EInvoicing.Validation.Rules.XRechnung;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// Rules that are table rows (<see cref="ThirdPartyPaymentRules"/>, <see cref="PeppolIdentifierFormatRules"/>) are in
/// their profile's rule set like the rule classes beside them, and a rule bound to one syntax never meets the other
/// (which is why such rules carry no branch for it).
/// </summary>
public sealed class RuleTableTests
{
    public static TheoryData<string, string> ProfilesAndSyntaxes()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in ProfileRules.Names)
        {
            data.Add(profile, "UBL");
            data.Add(profile, "CII");
        }

        return data;
    }

    [Theory]
    [InlineData("xrechnung", "UBL", "BR-DEX-10,BR-DEX-11,BR-DEX-12,BR-DEX-13,BR-DEX-14")]
    [InlineData("xrechnung-extension", "UBL", "BR-DEX-10,BR-DEX-11,BR-DEX-12,BR-DEX-13,BR-DEX-14")]
    [InlineData("xrechnung", "CII", "")]
    [InlineData("peppol", "UBL", "PEPPOL-COMMON-R040,PEPPOL-COMMON-R041,PEPPOL-COMMON-R042,PEPPOL-COMMON-R043,PEPPOL-COMMON-R044,PEPPOL-COMMON-R045,PEPPOL-COMMON-R046,PEPPOL-COMMON-R047,PEPPOL-COMMON-R049,PEPPOL-COMMON-R050")]
    [InlineData("peppol", "CII", "PEPPOL-COMMON-R040,PEPPOL-COMMON-R041,PEPPOL-COMMON-R042,PEPPOL-COMMON-R043,PEPPOL-COMMON-R044,PEPPOL-COMMON-R045,PEPPOL-COMMON-R046,PEPPOL-COMMON-R047,PEPPOL-COMMON-R048,PEPPOL-COMMON-R049,PEPPOL-COMMON-R050")]
    public void ProfileRules_TableRows_AreInTheRuleSetOnceEach(string profile, string syntax, string expected)
    {
        var rows = ThirdPartyPaymentRules.All().Concat(PeppolIdentifierFormatRules.All()).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var listed = ProfileRules.For(Parse(syntax), profile).Select(r => r.Id).Where(rows.Contains).ToList();

        listed.ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [MemberData(nameof(ProfilesAndSyntaxes))]
    public void ProfileRules_AreInIdOrder_AndEachIdOnce(string profile, string syntax)
    {
        var ids = ProfileRules.For(Parse(syntax), profile).Select(r => r.Id).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
    }

    [Theory]
    [MemberData(nameof(ProfilesAndSyntaxes))]
    public void ProfileRules_RuleBoundToOneSyntax_IsNotInTheOtherSyntaxSet(string profile, string syntax)
    {
        var foreign = ProfileRules.For(Parse(syntax), profile).OfType<XmlRule>().Where(r => r.Syntax is { } bound && bound != Parse(syntax)).Select(r => r.Id).ToList();

        foreign.ShouldBeEmpty();
    }

    [Fact]
    public void XmlRule_BoundToUbl_IsNotCheckedOnACiiDocument()
    {
        // An extension document in CII with an empty UBL payment element under its root, which the UBL-bound rows
        // would judge if they were asked: the engine's gate (XmlRule.Check, BindsTo) does not ask them, so they need
        // no CII branch.
        var ciiFixture = UblFixture.Parse(XRechnungRuleCases.ExtensionBase().ToCii()).Insert(".", "<cac:PrepaidPayment/>");
        var cii = ciiFixture.ToBytes();
        var ubl = XRechnungRuleCases.ExtensionBase().Insert(".", "<cac:PrepaidPayment/>").ToBytes();
        XRechnungCommon.IsExtension(XDocument.Parse(System.Text.Encoding.UTF8.GetString(cii)).Root!).ShouldBeTrue("the CII document is an extension document");
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(cii)).Root!.Elements(Ns.Cac + "PrepaidPayment").ShouldHaveSingleItem();

        Findings(cii, ThirdPartyPaymentRules.All()).ShouldBeEmpty();
        Findings(ubl, ThirdPartyPaymentRules.All()).ShouldBe(["BR-DEX-10", "BR-DEX-11", "BR-DEX-12", "BR-DEX-14"]);
    }

    [Fact]
    public void ThirdPartyPaymentRules_PlainXRechnungDocument_AreNotJudged()
    {
        // The official context is /ubl:Invoice/cac:PrepaidPayment[$isExtension].
        var plain = XRechnungRuleCases.Base().Insert(".", "<cac:PrepaidPayment/>").ToBytes();
        var extension = XRechnungRuleCases.ExtensionBase().Insert(".", "<cac:PrepaidPayment/>").ToBytes();

        Findings(plain, ThirdPartyPaymentRules.All()).ShouldBeEmpty();
        Findings(extension, ThirdPartyPaymentRules.All()).ShouldNotBeEmpty();
    }

    private static XmlSyntax Parse(string syntax) => syntax == "CII" ? XmlSyntax.Cii : XmlSyntax.Ubl;

    private static List<string> Findings(byte[] document, IEnumerable<Rule> rules)
    {
        var read = InvoiceReader.Read(document, new ReadOptions { KeepSourceTree = true });
        read.Invoice.ShouldNotBeNull();
        var context = new ValidationContext(read.Invoice, new XmlIndex(read.SourceTree!));
        var findings = new FindingSink();
        foreach (var rule in rules)
        {
            rule.Check(context, findings);
        }

        return findings.Findings.Select(f => f.Rule).ToList();
    }
}
