using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The profile rules (XRechnung, Peppol, OIOUBL) and some EN 16931 core rules on CII: each rule against a corpus
/// document the official validators accept (it does not fire there) and a mutation of it that breaks that rule.
/// </summary>
internal static class ProfileRuleCases
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

    [RuleCaseSource]
    public static IEnumerable<RuleCase> Corpus { get; } =
    [
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-1", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-2", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-3", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:CityName")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-4", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:PostalZone")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-5", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:Name")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-6", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:Telephone")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-7", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:Contact/cbc:ElectronicMail")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-8", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cac:PostalAddress/cbc:CityName")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-9", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cac:PostalAddress/cbc:PostalZone")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-14", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-15", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cbc:BuyerReference")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-16", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cac:PartyTaxScheme")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-17", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "393")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-18", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cac:PaymentTerms/cbc:Note", "#SKONTO#TAGE=7#PROZENT=2.00#")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-21", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_2.0")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-23-a", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-26", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "384")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-27", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set($"{Supplier}/cac:Contact/cbc:Telephone", "call us")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-28", "UBL", XRechnungUbl, ValidationProfile.Auto, f => f.Set($"{Supplier}/cac:Contact/cbc:ElectronicMail", "mail@nowhere")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-1", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Settlement}/ram:SpecifiedTradeSettlementPaymentMeans")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-2", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-3", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:CityName")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-4", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:PostcodeCode")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-6", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-7", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Seller}/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-8", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Buyer}/ram:PostalTradeAddress/ram:CityName")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-14", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Settlement}/ram:ApplicableTradeTax/ram:RateApplicablePercent")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-15", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Remove($"{Trade}/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference")),
        RuleCases.Corpus("XRechnungCorpus", "BR-DE-17", "CII", XRechnungCii, ValidationProfile.Auto, f => f.Set("rsm:ExchangedDocument/ram:TypeCode", "393")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R001", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:ProfileID")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R002", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:Note").Add(".", "cbc:Note", "a").Add(".", "cbc:Note", "b")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R003", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Remove("cbc:BuyerReference").Remove("cac:OrderReference")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R004", "UBL", PeppolUbl, ValidationProfile.Peppol, f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R007", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:ProfileID", "billing")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R008", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Add(Supplier, "cbc:EndpointID", " ")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R010", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cbc:EndpointID")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R020", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cbc:EndpointID")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R051", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", "SEK")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R053", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Duplicate("cac:TaxTotal")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R061", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "59")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-R120", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Set("cac:InvoiceLine/cbc:LineExtensionAmount", "1.00")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-CL007", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", "QQQ")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-CL008", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "9999")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-F001", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:IssueDate", "2017-11-1")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-EN16931-P0112", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.Set("cbc:InvoiceTypeCode", "326")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-COMMON-R040", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "0088").Set($"{Supplier}/cbc:EndpointID", "1230123456789")),
        RuleCases.Corpus("PeppolCorpus", "PEPPOL-COMMON-R049", "UBL", PeppolUbl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "0007").Set($"{Supplier}/cbc:EndpointID", "1234567890")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-01", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:UBLVersionID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-02", "UBL", Oioubl, ValidationProfile.Oioubl, f => f.Remove("cbc:CustomizationID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-03", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:ProfileID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-04", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:ID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-05", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:IssueDate")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-06", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:DocumentCurrencyCode")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-07", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cbc:InvoiceTypeCode")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-08", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Supplier}/cbc:EndpointID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-09", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Customer}/cbc:EndpointID")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-10", "UBL", Oioubl, ValidationProfile.Auto, f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "XX:NOPE")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-11", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "30")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-12", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "93")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-13", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "50")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-14", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-15", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "49")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-16", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove($"{Totals}/cbc:PayableAmount")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-17", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set($"{Totals}/cbc:LineExtensionAmount", "1.00")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-18", "UBL", Oioubl, ValidationProfile.Auto, f => f.Set($"{Totals}/cbc:PayableAmount", "1.00")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-19", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:InvoiceLine")),
        RuleCases.Corpus("OioublCorpus", "OIOUBL-20", "UBL", Oioubl, ValidationProfile.Auto, f => f.Remove("cac:InvoiceLine/cbc:ID")),
        RuleCases.Corpus("CoreCorpus", "BR-01", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter")),
        RuleCases.Corpus("CoreCorpus", "BR-02", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove("rsm:ExchangedDocument/ram:ID")),
        RuleCases.Corpus("CoreCorpus", "BR-05", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Settlement}/ram:InvoiceCurrencyCode")),
        RuleCases.Corpus("CoreCorpus", "BR-06", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Seller}/ram:Name")),
        RuleCases.Corpus("CoreCorpus", "BR-07", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Buyer}/ram:Name")),
        RuleCases.Corpus("CoreCorpus", "BR-16", "CII", CoreCii, ValidationProfile.En16931, f => f.Remove($"{Trade}/ram:IncludedSupplyChainTradeLineItem")),
        RuleCases.Corpus("CoreCorpus", "BR-CO-10", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount", "1.00")),
        RuleCases.Corpus("CoreCorpus", "BR-CO-16", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount", "1.00")),
        RuleCases.Corpus("CoreCorpus", "BR-DEC-14", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount", "1.001")),
        RuleCases.Corpus("CoreCorpus", "BR-S-08", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:ApplicableTradeTax/ram:BasisAmount", "1.00")),
        RuleCases.Corpus("CoreCorpus", "BR-CL-04", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Settlement}/ram:InvoiceCurrencyCode", "EURO")),
        RuleCases.Corpus("CoreCorpus", "BR-CL-14", "CII", CoreCii, ValidationProfile.En16931, f => f.Set($"{Buyer}/ram:PostalTradeAddress/ram:CountryID", "QQ")),
    ];
}
