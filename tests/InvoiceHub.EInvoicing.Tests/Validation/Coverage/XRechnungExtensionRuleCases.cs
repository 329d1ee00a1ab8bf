using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The XRechnung 3.0 rules added with the extension scheme lists: BR-DEX-02 and BR-DEX-04..08 (only when BT-24 is the
/// extension identifier) and the IBAN warnings BR-DE-19/20. Bases are XRechnung examples of the corpus; the CII
/// extension base is the CIUS example with the extension identifier (the corpus has no CII extension example).
/// </summary>
public static class XRechnungExtensionRuleCases
{
    private const string ExtensionId =
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0";

    private const string S = "cac:AccountingSupplierParty/cac:Party";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Seller = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
    private const string Buyer = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string CiiPm = Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> Cases()
    {
        const string F = "XRechnungExtension";
        static UblFixture Ubl() => Load("xrechnung/04.01a-INVOICE_ubl.xml");
        static UblFixture Cii() => Load("xrechnung/01.01a-INVOICE_uncefact.xml")
            .Set("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", ExtensionId);

        yield return U(F, "BR-DEX-02", Ubl, f => f.Set("cac:InvoiceLine/cac:SubInvoiceLine/cbc:LineExtensionAmount", "0.01"));
        yield return U(F, "BR-DEX-04", () => Ubl().Insert(S, "<cac:PartyIdentification><cbc:ID schemeID=\"XR01\">123</cbc:ID></cac:PartyIdentification>"),
            f => f.SetAttribute(S + "/cac:PartyIdentification/cbc:ID", "schemeID", "XR99"));
        yield return U(F, "BR-DEX-05", () => Ubl().SetAttribute(S + "/cac:PartyLegalEntity/cbc:CompanyID", "schemeID", "XR02"),
            f => f.SetAttribute(S + "/cac:PartyLegalEntity/cbc:CompanyID", "schemeID", "XR99"));
        yield return U(F, "BR-DEX-06", () => Ubl().Insert("cac:InvoiceLine/cac:Item", "<cac:StandardItemIdentification><cbc:ID schemeID=\"0160\">4000001234561</cbc:ID></cac:StandardItemIdentification>"),
            f => f.SetAttribute("cac:InvoiceLine/cac:Item/cac:StandardItemIdentification/cbc:ID", "schemeID", "9999"));
        yield return U(F, "BR-DEX-07", () => Ubl().SetAttribute(S + "/cbc:EndpointID", "schemeID", "XR03"), f => f.SetAttribute(S + "/cbc:EndpointID", "schemeID", "XX"));
        yield return U(F, "BR-DEX-08", () => Ubl().Insert(".", "<cac:Delivery><cac:DeliveryLocation><cbc:ID schemeID=\"XR01\">D-1</cbc:ID></cac:DeliveryLocation></cac:Delivery>"),
            f => f.SetAttribute("cac:Delivery/cac:DeliveryLocation/cbc:ID", "schemeID", "XR9"));

        yield return C(F, "BR-DEX-04", () => Cii().Insert(Seller, "<ram:GlobalID schemeID=\"XR01\">123</ram:GlobalID>"), f => f.SetAttribute(Seller + "/ram:GlobalID", "schemeID", "XR99"));
        yield return C(F, "BR-DEX-05", () => Cii().Insert(Buyer, "<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"XR02\">123</ram:ID></ram:SpecifiedLegalOrganization>"),
            f => f.SetAttribute(Buyer + "/ram:SpecifiedLegalOrganization/ram:ID", "schemeID", "XR99"));
        yield return C(F, "BR-DEX-06", () => Cii().Insert(Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct", "<ram:GlobalID schemeID=\"0160\">4000001234561</ram:GlobalID>"),
            f => f.SetAttribute(Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID", "schemeID", "9999"));
        yield return C(F, "BR-DEX-07", () => Cii().SetAttribute(Seller + "/ram:URIUniversalCommunication/ram:URIID", "schemeID", "XR03"),
            f => f.SetAttribute(Seller + "/ram:URIUniversalCommunication/ram:URIID", "schemeID", "XX"));
        yield return C(F, "BR-DEX-08", () => Cii().Insert(Trade + "/ram:ApplicableHeaderTradeDelivery", "<ram:ShipToTradeParty><ram:GlobalID schemeID=\"XR01\">123</ram:GlobalID></ram:ShipToTradeParty>"),
            f => f.SetAttribute(Trade + "/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID", "schemeID", "XR99"));

        const string X = "XRechnung";
        const string Iban = "DE89370400440532013000";
        const string BadIban = "DE00370400440532013000";
        static UblFixture UblDebit() => Load("xrechnung/01.01a-INVOICE_ubl.xml").Set("cac:PaymentMeans/cbc:PaymentMeansCode", "59").Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")
            .Insert("cac:PaymentMeans", $"<cac:PaymentMandate><cbc:ID>M1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>{Iban}</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>");
        static UblFixture CiiDebit() => Load("xrechnung/01.01a-INVOICE_uncefact.xml").Set(CiiPm + "/ram:TypeCode", "59").Remove(CiiPm + "/ram:PayeePartyCreditorFinancialAccount")
            .Insert(CiiPm, $"<ram:PayerPartyDebtorFinancialAccount><ram:IBANID>{Iban}</ram:IBANID></ram:PayerPartyDebtorFinancialAccount>");

        yield return U(X, "BR-DE-19", () => Load("xrechnung/05.01a-INVOICE_ubl.xml").Set("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", Iban),
            f => f.Set("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", BadIban));
        yield return C(X, "BR-DE-19", () => Load("xrechnung/01.01a-INVOICE_uncefact.xml").Set(CiiPm + "/ram:PayeePartyCreditorFinancialAccount/ram:IBANID", Iban),
            f => f.Set(CiiPm + "/ram:PayeePartyCreditorFinancialAccount/ram:IBANID", BadIban));
        yield return U(X, "BR-DE-20", UblDebit, f => f.Set("cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID", BadIban));
        yield return C(X, "BR-DE-20", CiiDebit, f => f.Set(CiiPm + "/ram:PayerPartyDebtorFinancialAccount/ram:IBANID", BadIban));
    }

    private static UblFixture Load(string path) => UblFixture.Load(CorpusLocator.PathOf(path));

    private static RuleCase U(string family, string rule, Func<UblFixture> valid, Func<UblFixture, UblFixture> breakIt) =>
        new(family, rule, "UBL", ValidationProfile.Auto, () => breakIt(valid()).ToBytes(), () => valid().ToBytes(), NeedsCorpus: true);

    private static RuleCase C(string family, string rule, Func<UblFixture> valid, Func<UblFixture, UblFixture> breakIt) =>
        new(family, rule, "CII", ValidationProfile.Auto, () => breakIt(valid()).ToBytes(), () => valid().ToBytes(), NeedsCorpus: true);
}
