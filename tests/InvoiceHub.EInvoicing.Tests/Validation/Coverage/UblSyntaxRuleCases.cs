using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The EN 16931 rules bound to the UBL syntax that are not generated from a table: code lists (BR-CL-*, a listed and
/// an unlisted code in the same place), and the binding assertions (UBL-SR-*, UBL-DT-*, UBL-CR-*), on our fixture.
/// </summary>
internal static class UblSyntaxRuleCases
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Line = "cac:InvoiceLine";
    private const string Totals = "cac:LegalMonetaryTotal";
    private const string Subtotal = "cac:TaxTotal/cac:TaxSubtotal";
    private const string Vat = "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>";
    private const string InvoiceObject = "<cac:AdditionalDocumentReference><cbc:ID schemeID='AAA'>OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>";
    private const string Payee = "<cac:PartyName><cbc:Name>Factor Ltd</cbc:Name></cac:PartyName>";

    private static readonly (string Rule, Func<UblFixture, string, UblFixture> Set, string Good, string Bad)[] _codeLists =
    [
        ("BR-CL-01", (f, v) => f.Set("cbc:InvoiceTypeCode", v), "380", "999"),
        ("BR-CL-03", (f, v) => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", v), "EUR", "QQQ"),
        ("BR-CL-04", (f, v) => f.Set("cbc:DocumentCurrencyCode", v), "EUR", "EURO"),
        ("BR-CL-05", (f, v) => f.Insert(".", $"<cbc:TaxCurrencyCode>{v}</cbc:TaxCurrencyCode>"), "USD", "QQQ"),
        ("BR-CL-06", (f, v) => f.Insert(".", $"<cac:InvoicePeriod><cbc:DescriptionCode>{v}</cbc:DescriptionCode></cac:InvoicePeriod>"), "3", "1"),
        ("BR-CL-07", (f, v) => f.Insert(".", $"<cac:AdditionalDocumentReference><cbc:ID schemeID='{v}'>OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>"), "AAA", "QQQ"),
        ("BR-CL-08", (f, v) => f.Insert(".", $"<cbc:Note>#{v}#Payment in 30 days</cbc:Note>"), "AAI", "QQQ"),
        ("BR-CL-10", (f, v) => f.Insert(Supplier, $"<cac:PartyIdentification><cbc:ID schemeID='{v}'>5790000000001</cbc:ID></cac:PartyIdentification>"), "0088", "9999"),
        ("BR-CL-11", (f, v) => f.Insert($"{Supplier}/cac:PartyLegalEntity", $"<cbc:CompanyID schemeID='{v}'>123456789</cbc:CompanyID>"), "0002", "9999"),
        ("BR-CL-13", (f, v) => f.Insert($"{Line}/cac:Item", $"<cac:CommodityClassification><cbc:ItemClassificationCode listID='{v}'>123</cbc:ItemClassificationCode></cac:CommodityClassification>"), "AA", "Q9"),
        ("BR-CL-14", (f, v) => f.Set($"{Customer}/cac:PostalAddress/cac:Country/cbc:IdentificationCode", v), "FR", "QQ"),
        ("BR-CL-15", (f, v) => f.Insert($"{Line}/cac:Item", $"<cac:OriginCountry><cbc:IdentificationCode>{v}</cbc:IdentificationCode></cac:OriginCountry>"), "DE", "QQ"),
        ("BR-CL-16", (f, v) => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", v), "30", "999"),
        ("BR-CL-17", (f, v) => f.Set($"{Subtotal}/cac:TaxCategory/cbc:ID", v), "S", "X"),
        ("BR-CL-18", (f, v) => f.Set($"{Line}/cac:Item/cac:ClassifiedTaxCategory/cbc:ID", v), "S", "X"),
        ("BR-CL-19", (f, v) => f.Insert("cac:AllowanceCharge", $"<cbc:AllowanceChargeReasonCode>{v}</cbc:AllowanceChargeReasonCode>"), "95", "999"),
        ("BR-CL-20", (f, v) => f.Insert(".", BusinessRuleCases.Charge()).Edit(r => r.Elements().Last().Add(CbcElement("AllowanceChargeReasonCode", v))), "AA", "999"),
        ("BR-CL-21", (f, v) => f.Insert($"{Line}/cac:Item", $"<cac:StandardItemIdentification><cbc:ID schemeID='{v}'>4012345678901</cbc:ID></cac:StandardItemIdentification>"), "0160", "9999"),
        ("BR-CL-22", (f, v) => f.Insert($"{Subtotal}/cac:TaxCategory", $"<cbc:TaxExemptionReasonCode>{v}</cbc:TaxExemptionReasonCode>"), "VATEX-EU-79-C", "VATEX-QQ"),
        ("BR-CL-23", (f, v) => f.SetAttribute($"{Line}/cbc:InvoicedQuantity", "unitCode", v), "C62", "NOPE"),
        ("BR-CL-24", (f, v) => f.Insert(".", $"<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode='{v}' filename='a.pdf'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>"), "application/pdf", "application/x-nope"),
        ("BR-CL-25", (f, v) => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", v), "0088", "9999"),
        ("BR-CL-26", (f, v) => f.Insert(".", $"<cac:Delivery><cac:DeliveryLocation><cbc:ID schemeID='{v}'>5790000000001</cbc:ID></cac:DeliveryLocation></cac:Delivery>"), "0088", "9999"),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _syntax =
    [
        ("UBL-SR-04", f => f.Insert(".", InvoiceObject + InvoiceObject)),
        ("UBL-SR-07", f => f.Insert(".", "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:IssueDate>2024-12-01</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>")),
        ("UBL-SR-12", f => f.Duplicate($"{Supplier}/cac:PartyTaxScheme")),
        ("UBL-SR-13", f => f.Insert(Supplier, "<cac:PartyTaxScheme><cbc:CompanyID>123/456/789</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>").Insert(Supplier, "<cac:PartyTaxScheme><cbc:CompanyID>123/456/780</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>")),
        ("UBL-SR-18", f => f.Insert(Customer, $"<cac:PartyTaxScheme><cbc:CompanyID>FR12345678901</cbc:CompanyID>{Vat}</cac:PartyTaxScheme><cac:PartyTaxScheme><cbc:CompanyID>FR12345678902</cbc:CompanyID>{Vat}</cac:PartyTaxScheme>")),
        ("UBL-SR-19", f => f.Insert(".", $"<cac:PayeeParty>{Payee}<cac:PartyName><cbc:Name>Factor Two</cbc:Name></cac:PartyName></cac:PayeeParty>")),
        ("UBL-SR-20", f => f.Insert(".", $"<cac:PayeeParty><cac:PartyIdentification><cbc:ID>P-1</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID>P-2</cbc:ID></cac:PartyIdentification>{Payee}</cac:PayeeParty>")),
        ("UBL-SR-21", f => f.Insert(".", $"<cac:PayeeParty>{Payee}<cac:PartyLegalEntity><cbc:CompanyID>1</cbc:CompanyID><cbc:CompanyID>2</cbc:CompanyID></cac:PartyLegalEntity></cac:PayeeParty>")),
        ("UBL-SR-29", f => f.Insert(Supplier, "<cac:PartyIdentification><cbc:ID schemeID='SEPA'>DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID='SEPA'>DE98ZZZ09999999998</cbc:ID></cac:PartyIdentification>")),
        ("UBL-SR-30", f => f.Insert("cac:AllowanceCharge", "<cbc:AllowanceChargeReason>Second reason</cbc:AllowanceChargeReason>")),
        ("UBL-SR-31", f => f.Insert(".", BusinessRuleCases.Charge()).Edit(r => r.Elements().Last().Add(CbcElement("AllowanceChargeReason", "Second reason")))),
        ("UBL-SR-43", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID schemeID='AAA'>DOC-1</cbc:ID></cac:AdditionalDocumentReference>")),
        ("UBL-SR-44", f => f.Insert("cac:PaymentMeans", "<cbc:PaymentID>A</cbc:PaymentID>").Insert(".", "<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>B</cbc:PaymentID></cac:PaymentMeans>")),
        ("UBL-SR-47", f => f.Insert(".", "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode></cac:PaymentMeans>")),
        ("UBL-SR-53", f => f.Remove($"{Supplier}/cac:PartyTaxScheme/cbc:CompanyID")),
        ("UBL-DT-01", f => f.Set($"{Line}/cbc:LineExtensionAmount", "200.001")),
        ("UBL-DT-06", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject filename='a.pdf'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>")),
        ("UBL-DT-07", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode='application/pdf'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>")),
        ("UBL-DT-18", f => f.SetAttribute("cbc:InvoiceTypeCode", "name", "Invoice")),
        ("UBL-CR-002", f => f.Insert(".", "<cbc:UBLVersionID>2.0</cbc:UBLVersionID>")),
        ("UBL-CR-412", f => f.Insert("cac:PaymentMeans", "<cbc:PaymentDueDate>2025-02-15</cbc:PaymentDueDate>")),
        ("UBL-CR-420", f => f.Insert("cac:PaymentMeans", "<cac:CardAccount><cbc:PrimaryAccountNumberID>1234</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID><cbc:CV2ID>123</cbc:CV2ID></cac:CardAccount>")),
        ("UBL-CR-665", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID schemeID='AAA'>DOC-1</cbc:ID></cac:AdditionalDocumentReference>")),
        ("UBL-CR-666", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID schemeID='AAA'>OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode><cac:Attachment><cac:ExternalReference><cbc:URI>https://example.com/a.pdf</cbc:URI></cac:ExternalReference></cac:Attachment></cac:AdditionalDocumentReference>")),
        ("UBL-CR-673", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID schemeID='AAA'>OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode><cbc:DocumentDescription>Object</cbc:DocumentDescription></cac:AdditionalDocumentReference>")),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() =>
        _codeLists.Select(c => RuleCases.Code("CodeLists", c.Rule, "UBL", c.Set, c.Good, c.Bad))
            .Concat(_syntax.Select(c => RuleCases.Ubl("UblSyntax", c.Rule, c.Mutate)));

    private static XElement CbcElement(string name, string value) => new(Ns.Cbc + name, value);
}
