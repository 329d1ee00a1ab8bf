using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// The profile rules (XRechnung, Peppol, OIOUBL) and the EN 16931 core on CII: each rule against a corpus document the
/// official validators accept (it does not fire there) and a mutation of it that breaks exactly that rule, by family.
/// </summary>
public sealed class ProfileRuleTests
{
    private const string XRechnungUbl = "xrechnung/01.01a-INVOICE_ubl.xml";
    private const string XRechnungCii = "xrechnung/01.01a-INVOICE_uncefact.xml";
    private const string PeppolUbl = "peppol/base-example.xml";
    private const string Oioubl = "oioubl/example_invoice.xml";
    private const string CoreCii = "cii/CII_example1.xml";

    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Totals = "cac:LegalMonetaryTotal";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Seller = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
    private const string Buyer = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";

    private static readonly List<(string Family, string Rule, string Document, ValidationProfile Profile, Func<UblFixture, UblFixture> Mutate)> _cases =
    [
        ("XRechnungUbl", "BR-DE-1", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans")),
        ("XRechnungUbl", "BR-DE-2", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact")),
        ("XRechnungUbl", "BR-DE-3", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:CityName")),
        ("XRechnungUbl", "BR-DE-4", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:PostalZone")),
        ("XRechnungUbl", "BR-DE-5", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:Name")),
        ("XRechnungUbl", "BR-DE-6", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:Telephone")),
        ("XRechnungUbl", "BR-DE-7", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:ElectronicMail")),
        ("XRechnungUbl", "BR-DE-8", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cac:PostalAddress/cbc:CityName")),
        ("XRechnungUbl", "BR-DE-9", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cac:PostalAddress/cbc:PostalZone")),
        ("XRechnungUbl", "BR-DE-14", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")),
        ("XRechnungUbl", "BR-DE-15", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cbc:BuyerReference")),
        ("XRechnungUbl", "BR-DE-16", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PartyTaxScheme")),
        ("XRechnungUbl", "BR-DE-17", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "393")),
        ("XRechnungUbl", "BR-DE-18", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cac:PaymentTerms/cbc:Note", "#SKONTO#TAGE=7#PROZENT=2.00#")),
        ("XRechnungUbl", "BR-DE-21", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_2.0")),
        ("XRechnungUbl", "BR-DE-23-a", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")),
        ("XRechnungUbl", "BR-DE-26", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "384")),
        ("XRechnungUbl", "BR-DE-27", XRechnungUbl, ValidationProfile.Auto, f => f.Set($"{Supplier}/cac:Contact/cbc:Telephone", "call us")),
        ("XRechnungUbl", "BR-DE-28", XRechnungUbl, ValidationProfile.Auto, f => f.Set($"{Supplier}/cac:Contact/cbc:ElectronicMail", "mail@nowhere")),
        ("XRechnungCii", "BR-DE-1", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Settlement}/ram:SpecifiedTradeSettlementPaymentMeans")),
        ("XRechnungCii", "BR-DE-2", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact")),
        ("XRechnungCii", "BR-DE-3", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:CityName")),
        ("XRechnungCii", "BR-DE-4", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:PostcodeCode")),
        ("XRechnungCii", "BR-DE-6", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication")),
        ("XRechnungCii", "BR-DE-7", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication")),
        ("XRechnungCii", "BR-DE-8", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Buyer}/ram:PostalTradeAddress/ram:CityName")),
        ("XRechnungCii", "BR-DE-14", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Settlement}/ram:ApplicableTradeTax/ram:RateApplicablePercent")),
        ("XRechnungCii", "BR-DE-15", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Trade}/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference")),
        ("XRechnungCii", "BR-DE-17", XRechnungCii, ValidationProfile.Auto, f => f.Set("rsm:ExchangedDocument/ram:TypeCode", "393")),
        ("PeppolUbl", "PEPPOL-EN16931-R001", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:ProfileID")),
        ("PeppolUbl", "PEPPOL-EN16931-R002", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:Note").Add(".", "cbc:Note", "a").Add(".", "cbc:Note", "b")),
        ("PeppolUbl", "PEPPOL-EN16931-R003", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:BuyerReference").Remove("cac:OrderReference")),
        ("PeppolUbl", "PEPPOL-EN16931-R004", PeppolUbl, ValidationProfile.Peppol, f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017")),
        ("PeppolUbl", "PEPPOL-EN16931-R007", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:ProfileID", "billing")),
        ("PeppolUbl", "PEPPOL-EN16931-R008", PeppolUbl, ValidationProfile.Auto, f => f.Add(Supplier, "cbc:EndpointID", " ")),
        ("PeppolUbl", "PEPPOL-EN16931-R010", PeppolUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cbc:EndpointID")),
        ("PeppolUbl", "PEPPOL-EN16931-R020", PeppolUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cbc:EndpointID")),
        ("PeppolUbl", "PEPPOL-EN16931-R051", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", "SEK")),
        ("PeppolUbl", "PEPPOL-EN16931-R053", PeppolUbl, ValidationProfile.Auto, f => f.Duplicate("cac:TaxTotal")),
        ("PeppolUbl", "PEPPOL-EN16931-R061", PeppolUbl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "59")),
        ("PeppolUbl", "PEPPOL-EN16931-R120", PeppolUbl, ValidationProfile.Auto, f => f.Set("cac:InvoiceLine/cbc:LineExtensionAmount", "1.00")),
        ("PeppolUbl", "PEPPOL-EN16931-CL007", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", "QQQ")),
        ("PeppolUbl", "PEPPOL-EN16931-CL008", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "9999")),
        ("PeppolUbl", "PEPPOL-EN16931-F001", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:IssueDate", "2017-11-1")),
        ("PeppolUbl", "PEPPOL-EN16931-P0112", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "326")),
        ("PeppolUbl", "PEPPOL-COMMON-R040", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "0088").Set($"{Supplier}/cbc:EndpointID", "1230123456789")),
        ("PeppolUbl", "PEPPOL-COMMON-R049", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "0007").Set($"{Supplier}/cbc:EndpointID", "1234567890")),
        ("Oioubl", "OIOUBL-01", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:UBLVersionID")),
        ("Oioubl", "OIOUBL-03", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:ProfileID")),
        ("Oioubl", "OIOUBL-04", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:ID")),
        ("Oioubl", "OIOUBL-05", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:IssueDate")),
        ("Oioubl", "OIOUBL-06", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:DocumentCurrencyCode")),
        ("Oioubl", "OIOUBL-07", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:InvoiceTypeCode")),
        ("Oioubl", "OIOUBL-08", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cbc:EndpointID")),
        ("Oioubl", "OIOUBL-09", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cbc:EndpointID")),
        ("Oioubl", "OIOUBL-10", Oioubl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "XX:NOPE")),
        ("Oioubl", "OIOUBL-11", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "30")),
        ("Oioubl", "OIOUBL-12", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "93")),
        ("Oioubl", "OIOUBL-13", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "50")),
        ("Oioubl", "OIOUBL-14", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")),
        ("Oioubl", "OIOUBL-15", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "49")),
        ("Oioubl", "OIOUBL-16", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Totals}/cbc:PayableAmount")),
        ("Oioubl", "OIOUBL-17", Oioubl, ValidationProfile.Auto, f => f.Set($"{Totals}/cbc:LineExtensionAmount", "1.00")),
        ("Oioubl", "OIOUBL-18", Oioubl, ValidationProfile.Auto, f => f.Set($"{Totals}/cbc:PayableAmount", "1.00")),
        ("Oioubl", "OIOUBL-19", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:InvoiceLine")),
        ("Oioubl", "OIOUBL-20", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:InvoiceLine/cbc:ID")),
        ("CoreCii", "BR-01", CoreCii, ValidationProfile.En16931, f => f.Remove("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter")),
        ("CoreCii", "BR-02", CoreCii, ValidationProfile.En16931, f => f.Remove("rsm:ExchangedDocument/ram:ID")),
        ("CoreCii", "BR-05", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Settlement}/ram:InvoiceCurrencyCode")),
        ("CoreCii", "BR-06", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Seller}/ram:Name")),
        ("CoreCii", "BR-07", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Buyer}/ram:Name")),
        ("CoreCii", "BR-16", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Trade}/ram:IncludedSupplyChainTradeLineItem")),
        ("CoreCii", "BR-CO-10", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount", "1.00")),
        ("CoreCii", "BR-CO-16", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount", "1.00")),
        ("CoreCii", "BR-DEC-14", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount", "1.001")),
        ("CoreCii", "BR-S-08", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:ApplicableTradeTax/ram:BasisAmount", "1.00")),
        ("CoreCii", "BR-CL-04", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:InvoiceCurrencyCode", "EURO")),
        ("CoreCii", "BR-CL-14", CoreCii, ValidationProfile.En16931, f => f.Set($"{Buyer}/ram:PostalTradeAddress/ram:CountryID", "QQ")),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (family, rule, document, _, _) in _cases)
        {
            data.Add(family, rule, document);
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Cases))]
    public void Validate_WhenMutationBreaksTheRule_RuleFires_AndDoesNotFireOnTheAcceptedDocument(string family, string rule, string document)
    {
        var (_, _, _, profile, mutate) = _cases.Single(c => c.Family == family && c.Rule == rule && c.Document == document);
        var path = CorpusLocator.PathOf(document);

        var valid = InvoiceValidator.Validate(UblFixture.Load(path).ToBytes(), profile).Result!;
        var broken = InvoiceValidator.Validate(mutate(UblFixture.Load(path)).ToBytes(), profile).Result!;

        valid.Findings.Select(f => f.Rule).ShouldNotContain(rule);
        broken.Findings.Select(f => f.Rule).ShouldContain(rule, $"{broken.RuleSet}: " + string.Join(", ", broken.Findings.Select(f => f.Rule).Distinct()));
    }
}
