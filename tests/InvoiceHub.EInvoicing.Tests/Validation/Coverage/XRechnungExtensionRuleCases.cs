using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The XRechnung 3.0 rules added with the extension scheme lists: BR-DEX-02 and BR-DEX-04..08 (only when BT-24 is the
/// extension identifier) and the IBAN warnings BR-DE-19/20, on our own fixture made into an XRechnung invoice
/// (<see cref="XRechnungRuleCases"/>): its extension variant (with a seller registration id, a delivery and, for
/// BR-DEX-02, a sub-invoice line), and the CIUS invoice paid by SEPA credit transfer or direct debit; the CII bases
/// are the same invoices written by our CII writer.
/// </summary>
public static class XRechnungExtensionRuleCases
{
    private const string SellerParty = "cac:AccountingSupplierParty/cac:Party";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Seller = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
    private const string Buyer = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string CiiPm = Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> Cases()
    {
        const string Family = "XRechnungExtension";
        static UblFixture Ubl() => XRechnungRuleCases.ExtensionBase()
            .Insert(SellerParty + "/cac:PartyLegalEntity", "<cbc:CompanyID>HRB 12345</cbc:CompanyID>")
            .Insert("cac:Delivery", "<cac:DeliveryLocation><cac:Address><cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>20095</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>");
        static UblFixture Cii() => UblFixture.Parse(Ubl().ToCii());
        static UblFixture UblSubLine() => Ubl().Insert("cac:InvoiceLine", "<cac:SubInvoiceLine><cbc:ID>1.1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">2</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"EUR\">200.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Widget part</cbc:Name>"
            + "<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>"
            + "<cac:Price><cbc:PriceAmount currencyID=\"EUR\">100.00</cbc:PriceAmount></cac:Price></cac:SubInvoiceLine>");

        yield return UblCase(Family, "BR-DEX-02", UblSubLine, f => f.Set("cac:InvoiceLine/cac:SubInvoiceLine/cbc:LineExtensionAmount", "0.01"));
        yield return UblCase(Family, "BR-DEX-04", () => Ubl().Insert(SellerParty, "<cac:PartyIdentification><cbc:ID schemeID=\"XR01\">123</cbc:ID></cac:PartyIdentification>"),
            f => f.SetAttribute(SellerParty + "/cac:PartyIdentification/cbc:ID", "schemeID", "XR99"));
        yield return UblCase(Family, "BR-DEX-05", () => Ubl().SetAttribute(SellerParty + "/cac:PartyLegalEntity/cbc:CompanyID", "schemeID", "XR02"),
            f => f.SetAttribute(SellerParty + "/cac:PartyLegalEntity/cbc:CompanyID", "schemeID", "XR99"));
        yield return UblCase(Family, "BR-DEX-06", () => Ubl().Insert("cac:InvoiceLine/cac:Item", "<cac:StandardItemIdentification><cbc:ID schemeID=\"0160\">4000001234561</cbc:ID></cac:StandardItemIdentification>"),
            f => f.SetAttribute("cac:InvoiceLine/cac:Item/cac:StandardItemIdentification/cbc:ID", "schemeID", "9999"));
        yield return UblCase(Family, "BR-DEX-07", () => Ubl().SetAttribute(SellerParty + "/cbc:EndpointID", "schemeID", "XR03"), f => f.SetAttribute(SellerParty + "/cbc:EndpointID", "schemeID", "XX"));
        yield return UblCase(Family, "BR-DEX-08", () => Ubl().Insert("cac:Delivery/cac:DeliveryLocation", "<cbc:ID schemeID=\"XR01\">D-1</cbc:ID>"),
            f => f.SetAttribute("cac:Delivery/cac:DeliveryLocation/cbc:ID", "schemeID", "XR9"));

        yield return C(Family, "BR-DEX-04", () => Cii().Insert(Seller, "<ram:GlobalID schemeID=\"XR01\">123</ram:GlobalID>"), f => f.SetAttribute(Seller + "/ram:GlobalID", "schemeID", "XR99"));
        yield return C(Family, "BR-DEX-05", () => Cii().Insert(Buyer, "<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"XR02\">123</ram:ID></ram:SpecifiedLegalOrganization>"),
            f => f.SetAttribute(Buyer + "/ram:SpecifiedLegalOrganization/ram:ID", "schemeID", "XR99"));
        yield return C(Family, "BR-DEX-06", () => Cii().Insert(Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct", "<ram:GlobalID schemeID=\"0160\">4000001234561</ram:GlobalID>"),
            f => f.SetAttribute(Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID", "schemeID", "9999"));
        yield return C(Family, "BR-DEX-07", () => Cii().SetAttribute(Seller + "/ram:URIUniversalCommunication/ram:URIID", "schemeID", "XR03"),
            f => f.SetAttribute(Seller + "/ram:URIUniversalCommunication/ram:URIID", "schemeID", "XX"));
        yield return C(Family, "BR-DEX-08", () => Cii().Insert(Trade + "/ram:ApplicableHeaderTradeDelivery", "<ram:ShipToTradeParty><ram:GlobalID schemeID=\"XR01\">123</ram:GlobalID></ram:ShipToTradeParty>"),
            f => f.SetAttribute(Trade + "/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID", "schemeID", "XR99"));

        const string XRechnungFamily = "XRechnung";
        const string Iban = "DE89370400440532013000";
        const string BadIban = "DE00370400440532013000";
        // SEPA credit transfer (58) to the payee's IBAN; SEPA direct debit (59) from the buyer's IBAN under a mandate,
        // with the seller's creditor id (BR-DE-30/31).
        static UblFixture UblTransfer() => XRechnungRuleCases.Base().Set("cac:PaymentMeans/cbc:PaymentMeansCode", "58").Set("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", Iban);
        static UblFixture UblDebit() => XRechnungRuleCases.Base().Set("cac:PaymentMeans/cbc:PaymentMeansCode", "59").Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")
            .Insert("cac:PaymentMeans", $"<cac:PaymentMandate><cbc:ID>M1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>{Iban}</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>")
            .Insert(SellerParty, "<cac:PartyIdentification><cbc:ID schemeID=\"SEPA\">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification>");
        static UblFixture CiiTransfer() => UblFixture.Parse(UblTransfer().ToCii());
        static UblFixture CiiDebit() => UblFixture.Parse(UblDebit().ToCii());

        yield return UblCase(XRechnungFamily, "BR-DE-19", UblTransfer, f => f.Set("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", BadIban));
        yield return C(XRechnungFamily, "BR-DE-19", CiiTransfer, f => f.Set(CiiPm + "/ram:PayeePartyCreditorFinancialAccount/ram:IBANID", BadIban));
        yield return UblCase(XRechnungFamily, "BR-DE-20", UblDebit, f => f.Set("cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID", BadIban));
        yield return C(XRechnungFamily, "BR-DE-20", CiiDebit, f => f.Set(CiiPm + "/ram:PayerPartyDebtorFinancialAccount/ram:IBANID", BadIban));
    }

    private static RuleCase UblCase(string family, string rule, Func<UblFixture> valid, Func<UblFixture, UblFixture> breakIt) =>
        new(family, rule, "UBL", ValidationProfile.Auto, () => breakIt(valid()).ToBytes(), () => valid().ToBytes());

    private static RuleCase C(string family, string rule, Func<UblFixture> valid, Func<UblFixture, UblFixture> breakIt) =>
        new(family, rule, "CII", ValidationProfile.Auto, () => breakIt(valid()).ToBytes(), () => valid().ToBytes());
}
