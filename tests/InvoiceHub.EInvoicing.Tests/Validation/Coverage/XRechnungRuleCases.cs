using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The XRechnung 3.0 rules (BR-DE-*, BR-TMP-*, the CVD rules BR-DE-CVD-* and the extension rules BR-DEX-*) on our own
/// fixture made into a valid XRechnung invoice (buyer reference, seller contact, postcodes, delivery date), and
/// into its CVD and extension variants by the specification identifier and what those require. The CII base is the
/// same invoice written by our CII writer.
/// </summary>
internal static class XRechnungRuleCases
{
    private const string CiusId = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
    private const string ExtensionId = CiusId + "#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0";
    private const string CvdId = CiusId + "#compliant#urn:xeinkauf.de:kosit:xrechnung:cvd_0.9";

    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Contact = Supplier + "/cac:Contact";
    private const string Item = "cac:InvoiceLine/cac:Item";
    private const string Means = "cac:PaymentMeans";

    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Line = Trade + "/ram:IncludedSupplyChainTradeLineItem";
    private const string Product = Line + "/ram:SpecifiedTradeProduct";
    private const string Agreement = Trade + "/ram:ApplicableHeaderTradeAgreement";
    private const string Seller = Agreement + "/ram:SellerTradeParty";
    private const string SellerContact = Seller + "/ram:DefinedTradeContact";
    private const string Buyer = Agreement + "/ram:BuyerTradeParty";
    private const string Delivery = Trade + "/ram:ApplicableHeaderTradeDelivery";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string CiiMeans = Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";

    private const string Card = "<cac:CardAccount><cbc:PrimaryAccountNumberID>123456</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>";
    private const string CiiCard = "<ram:ApplicableTradeSettlementFinancialCard><ram:ID>123456</ram:ID></ram:ApplicableTradeSettlementFinancialCard>";

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ubl =
    [
        ("BR-DE-1", f => f.Remove(Means)),
        ("BR-DE-2", f => f.Remove(Contact)),
        ("BR-DE-3", f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:CityName")),
        ("BR-DE-4", f => f.Remove($"{Supplier}/cac:PostalAddress/cbc:PostalZone")),
        ("BR-DE-5", f => f.Remove($"{Contact}/cbc:Name")),
        ("BR-DE-6", f => f.Remove($"{Contact}/cbc:Telephone")),
        ("BR-DE-7", f => f.Remove($"{Contact}/cbc:ElectronicMail")),
        ("BR-DE-8", f => f.Remove($"{Customer}/cac:PostalAddress/cbc:CityName")),
        ("BR-DE-9", f => f.Remove($"{Customer}/cac:PostalAddress/cbc:PostalZone")),
        ("BR-DE-10", f => f.Insert("cac:Delivery", "<cac:DeliveryLocation><cac:Address><cbc:PostalZone>10115</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>")),
        ("BR-DE-11", f => f.Insert("cac:Delivery", "<cac:DeliveryLocation><cac:Address><cbc:CityName>Berlin</cbc:CityName><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>")),
        ("BR-DE-14", f => f.Remove("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")),
        ("BR-DE-15", f => f.Remove("cbc:BuyerReference")),
        ("BR-DE-16", f => f.Remove($"{Supplier}/cac:PartyTaxScheme")),
        ("BR-DE-17", f => f.Set("cbc:InvoiceTypeCode", "393")),
        ("BR-DE-18", f => f.Insert(".", "<cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=7#PROZENT=2.00#</cbc:Note></cac:PaymentTerms>")),
        ("BR-DE-21", f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_2.0")),
        ("BR-DE-22", f => f.Insert(".", Attachment("a.pdf") + Attachment("a.pdf"))),
        ("BR-DE-23-a", f => f.Remove($"{Means}/cac:PayeeFinancialAccount")),
        ("BR-DE-23-b", f => f.Insert(Means, Card)),
        ("BR-DE-24-a", f => f.Set($"{Means}/cbc:PaymentMeansCode", "48")),
        ("BR-DE-24-b", f => f.Set($"{Means}/cbc:PaymentMeansCode", "48").Insert(Means, Card)),
        ("BR-DE-25-a", f => f.Set($"{Means}/cbc:PaymentMeansCode", "59")),
        ("BR-DE-25-b", f => f.Set($"{Means}/cbc:PaymentMeansCode", "59").Insert(Means, "<cac:PaymentMandate><cbc:ID>M-1</cbc:ID></cac:PaymentMandate>")),
        ("BR-DE-26", f => f.Set("cbc:InvoiceTypeCode", "384")),
        ("BR-DE-27", f => f.Set($"{Contact}/cbc:Telephone", "call us")),
        ("BR-DE-28", f => f.Set($"{Contact}/cbc:ElectronicMail", "mail@nowhere")),
        ("BR-DE-30", f => f.Insert(Means, "<cac:PaymentMandate><cbc:ID>M-1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>DE02120300000000202051</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>")),
        ("BR-DE-31", f => f.Insert(Means, "<cac:PaymentMandate><cbc:ID>M-1</cbc:ID></cac:PaymentMandate>")),
        ("BR-DE-TMP-32", f => f.Remove("cac:Delivery")),
        ("BR-TMP-2", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cac:ExternalReference><cbc:URI>not a url</cbc:URI></cac:ExternalReference></cac:Attachment></cac:AdditionalDocumentReference>")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ublCvd =
    [
        ("BR-DE-CVD-01", f => f.Remove("cac:ContractDocumentReference")),
        ("BR-DE-CVD-02", f => f.Remove("cac:OriginatorDocumentReference")),
        ("BR-DE-CVD-03", f => f.Remove($"{Item}/cac:CommodityClassification")),
        ("BR-DE-CVD-04", f => f.Set($"{Item}/cac:CommodityClassification/cbc:ItemClassificationCode", "X9")),
        ("BR-DE-CVD-05", f => f.Set($"{Item}/cac:AdditionalItemProperty/cbc:Value", "dirty")),
        ("BR-DE-CVD-06-a", f => f.Remove($"{Item}/cac:AdditionalItemProperty")),
        ("BR-DE-CVD-06-b", f => f.Remove($"{Item}/cac:CommodityClassification")),
        ("BR-TMP-CVD-01", f => f.SetAttribute($"{Item}/cac:CommodityClassification/cbc:ItemClassificationCode", "listID", "QQ")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ublExtension =
    [
        ("BR-DEX-01", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode='application/zip' filename='a.zip'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>")),
        ("BR-DEX-03", f => f.Insert("cac:InvoiceLine", "<cac:SubInvoiceLine><cbc:ID>1.1</cbc:ID><cbc:InvoicedQuantity unitCode='C62'>1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID='EUR'>0.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Part</cbc:Name></cac:Item></cac:SubInvoiceLine>")),
        ("BR-DEX-09", f => f.Set("cac:LegalMonetaryTotal/cbc:PayableAmount", "1.00")),
        ("BR-DEX-10", f => f.Insert(".", "<cac:PrepaidPayment><cbc:PaidAmount currencyID='EUR'>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>")),
        ("BR-DEX-11", f => f.Insert(".", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>")),
        ("BR-DEX-12", f => f.Insert(".", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='EUR'>0.00</cbc:PaidAmount></cac:PrepaidPayment>")),
        ("BR-DEX-13", f => f.Insert(".", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='EUR'>0.000</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>")),
        ("BR-DEX-14", f => f.Insert(".", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='USD'>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _cii =
    [
        ("BR-DE-1", f => f.Remove(CiiMeans)),
        ("BR-DE-2", f => f.Remove(SellerContact)),
        ("BR-DE-3", f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:CityName")),
        ("BR-DE-4", f => f.Remove($"{Seller}/ram:PostalTradeAddress/ram:PostcodeCode")),
        ("BR-DE-5", f => f.Remove($"{SellerContact}/ram:PersonName")),
        ("BR-DE-6", f => f.Remove($"{SellerContact}/ram:TelephoneUniversalCommunication")),
        ("BR-DE-7", f => f.Remove($"{SellerContact}/ram:EmailURIUniversalCommunication")),
        ("BR-DE-8", f => f.Remove($"{Buyer}/ram:PostalTradeAddress/ram:CityName")),
        ("BR-DE-9", f => f.Remove($"{Buyer}/ram:PostalTradeAddress/ram:PostcodeCode")),
        ("BR-DE-10", f => f.Insert(Delivery, "<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:PostcodeCode>10115</ram:PostcodeCode><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:ShipToTradeParty>")),
        ("BR-DE-11", f => f.Insert(Delivery, "<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:CityName>Berlin</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:ShipToTradeParty>")),
        ("BR-DE-14", f => f.Remove($"{Settlement}/ram:ApplicableTradeTax/ram:RateApplicablePercent")),
        ("BR-DE-15", f => f.Remove($"{Agreement}/ram:BuyerReference")),
        ("BR-DE-16", f => f.Remove($"{Seller}/ram:SpecifiedTaxRegistration")),
        ("BR-DE-17", f => f.Set("rsm:ExchangedDocument/ram:TypeCode", "393")),
        ("BR-DE-18", f => f.Insert(Settlement, "<ram:SpecifiedTradePaymentTerms><ram:Description>#SKONTO#TAGE=7#PROZENT=2.00#</ram:Description></ram:SpecifiedTradePaymentTerms>")),
        ("BR-DE-21", f => f.Set("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_2.0")),
        ("BR-DE-22", f => f.Insert(Agreement, CiiAttachment("a.pdf") + CiiAttachment("a.pdf"))),
        ("BR-DE-23-a", f => f.Remove($"{CiiMeans}/ram:PayeePartyCreditorFinancialAccount")),
        ("BR-DE-23-b", f => f.Insert(CiiMeans, CiiCard)),
        ("BR-DE-24-a", f => f.Set($"{CiiMeans}/ram:TypeCode", "48")),
        ("BR-DE-24-b", f => f.Set($"{CiiMeans}/ram:TypeCode", "48").Insert(CiiMeans, CiiCard)),
        ("BR-DE-25-a", f => f.Set($"{CiiMeans}/ram:TypeCode", "59")),
        ("BR-DE-25-b", f => f.Set($"{CiiMeans}/ram:TypeCode", "59").Insert(Settlement, "<ram:CreditorReferenceID>DE98ZZZ09999999999</ram:CreditorReferenceID>")),
        ("BR-DE-26", f => f.Set("rsm:ExchangedDocument/ram:TypeCode", "384")),
        ("BR-DE-27", f => f.Set($"{SellerContact}/ram:TelephoneUniversalCommunication/ram:CompleteNumber", "call us")),
        ("BR-DE-28", f => f.Set($"{SellerContact}/ram:EmailURIUniversalCommunication/ram:URIID", "mail@nowhere")),
        ("BR-DE-30", f => f.Insert(Settlement, "<ram:SpecifiedTradePaymentTerms><ram:DirectDebitMandateID>M-1</ram:DirectDebitMandateID></ram:SpecifiedTradePaymentTerms>")),
        ("BR-DE-31", f => f.Insert(Settlement, "<ram:CreditorReferenceID>DE98ZZZ09999999999</ram:CreditorReferenceID>")),
        ("BR-DE-TMP-32", f => f.Remove($"{Delivery}/ram:ActualDeliverySupplyChainEvent")),
        ("BR-TMP-2", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>DOC-1</ram:IssuerAssignedID><ram:URIID>not a url</ram:URIID><ram:TypeCode>916</ram:TypeCode></ram:AdditionalReferencedDocument>")),
        ("BR-TMP-3", f => f.Insert($"{Line}/ram:SpecifiedLineTradeAgreement", "<ram:GrossPriceProductTradePrice><ram:ChargeAmount>100.00</ram:ChargeAmount><ram:BasisQuantity unitCode='C62'>1</ram:BasisQuantity></ram:GrossPriceProductTradePrice>")
            .Insert($"{Line}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice", "<ram:BasisQuantity unitCode='C62'>2</ram:BasisQuantity>")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ciiCvd =
    [
        ("BR-DE-CVD-01", f => f.Remove($"{Agreement}/ram:ContractReferencedDocument")),
        ("BR-DE-CVD-02", f => f.Remove($"{Agreement}/ram:AdditionalReferencedDocument")),
        ("BR-DE-CVD-03", f => f.Remove($"{Product}/ram:DesignatedProductClassification")),
        ("BR-DE-CVD-04", f => f.Set($"{Product}/ram:DesignatedProductClassification/ram:ClassCode", "X9")),
        ("BR-DE-CVD-05", f => f.Set($"{Product}/ram:ApplicableProductCharacteristic/ram:Value", "dirty")),
        ("BR-DE-CVD-06-a", f => f.Remove($"{Product}/ram:ApplicableProductCharacteristic")),
        ("BR-DE-CVD-06-b", f => f.Remove($"{Product}/ram:DesignatedProductClassification")),
        ("BR-TMP-CVD-01", f => f.SetAttribute($"{Product}/ram:DesignatedProductClassification/ram:ClassCode", "listID", "QQ")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ciiExtension =
    [
        ("BR-DEX-01", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>DOC-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode='application/zip' filename='a.zip'>QUJD</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>")),
        ("BR-DEX-15", f => f.Insert($"{Line}/ram:AssociatedDocumentLineDocument", "<ram:ParentLineID>0</ram:ParentLineID>")),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All()
    {
        foreach (var (rule, mutate, baseline) in Ubl())
        {
            yield return RuleCases.Ubl("XRechnung", rule, mutate, baseline, ValidationProfile.Auto);
        }

        foreach (var (rule, mutate, baseline) in Cii())
        {
            yield return RuleCases.Cii("XRechnung", rule, mutate, baseline, ValidationProfile.Auto);
        }
    }

    /// <summary>Our valid fixture as an XRechnung 3.0 invoice.</summary>
    public static UblFixture Base() =>
        UblFixture.Valid()
            .Set("cbc:CustomizationID", CiusId)
            .Insert(".", "<cbc:BuyerReference>04011000-12345-03</cbc:BuyerReference>")
            .Insert($"{Supplier}/cac:PostalAddress", "<cbc:PostalZone>10115</cbc:PostalZone>")
            .Insert(Supplier, "<cac:Contact><cbc:Name>Max Muster</cbc:Name><cbc:Telephone>+49 30 1234567</cbc:Telephone><cbc:ElectronicMail>max@seller.example</cbc:ElectronicMail></cac:Contact>")
            .Insert($"{Customer}/cac:PostalAddress", "<cbc:PostalZone>75001</cbc:PostalZone>")
            .Insert(".", "<cac:Delivery><cbc:ActualDeliveryDate>2025-01-10</cbc:ActualDeliveryDate></cac:Delivery>");

    private static UblFixture CvdBase() =>
        Base().Set("cbc:CustomizationID", CvdId)
            .Insert(".", "<cac:OriginatorDocumentReference><cbc:ID>TENDER-1</cbc:ID></cac:OriginatorDocumentReference><cac:ContractDocumentReference><cbc:ID>CONTRACT-1</cbc:ID></cac:ContractDocumentReference>")
            .Insert(Item, "<cac:AdditionalItemProperty><cbc:Name>cva</cbc:Name><cbc:Value>clean</cbc:Value></cac:AdditionalItemProperty><cac:CommodityClassification><cbc:ItemClassificationCode listID='CVD'>M1</cbc:ItemClassificationCode></cac:CommodityClassification>");

    internal static UblFixture ExtensionBase() => Base().Set("cbc:CustomizationID", ExtensionId);

    private static IEnumerable<(string Rule, Func<UblFixture, UblFixture> Mutate, Func<UblFixture> Baseline)> Ubl() =>
        _ubl.Select(c => (c.Rule, c.Mutate, (Func<UblFixture>)Base))
            .Concat(_ublCvd.Select(c => (c.Rule, c.Mutate, (Func<UblFixture>)CvdBase)))
            .Concat(_ublExtension.Select(c => (c.Rule, c.Mutate, (Func<UblFixture>)ExtensionBase)));

    private static IEnumerable<(string Rule, Func<UblFixture, UblFixture> Mutate, Func<UblFixture> Baseline)> Cii() =>
        _cii.Select(c => (c.Rule, c.Mutate, AsCii(Base)))
            .Concat(_ciiCvd.Select(c => (c.Rule, c.Mutate, AsCii(CvdBase))))
            .Concat(_ciiExtension.Select(c => (c.Rule, c.Mutate, AsCii(ExtensionBase))));

    /// <summary>The same invoice written by our CII writer.</summary>
    private static Func<UblFixture> AsCii(Func<UblFixture> ubl) => () => UblFixture.Parse(ubl().ToCii());

    private static string Attachment(string file) =>
        $"<cac:AdditionalDocumentReference><cbc:ID>{file}</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode='application/pdf' filename='{file}'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>";

    private static string CiiAttachment(string file) =>
        $"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>{file}</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode='application/pdf' filename='{file}'>QUJD</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>";
}
