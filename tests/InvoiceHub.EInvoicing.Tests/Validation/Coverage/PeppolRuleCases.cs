using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The Peppol BIS Billing 3.0 rules (PEPPOL-EN16931-*, PEPPOL-COMMON-*) on our own fixture made into a Peppol invoice
/// (specification and process identifiers, buyer reference, GLN endpoints), UBL and, written by our CII writer, CII;
/// the credit-note-only rules on the same invoice as a UBL credit note. Judged under the Peppol profile.
/// </summary>
internal static class PeppolRuleCases
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Line = "cac:InvoiceLine";
    private const string Subtotal = "cac:TaxTotal/cac:TaxSubtotal";
    private const string Eur = "currencyID='EUR'";

    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string CiiLine = Trade + "/ram:IncludedSupplyChainTradeLineItem";
    private const string NetPrice = CiiLine + "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice";
    private const string LineSettlement = CiiLine + "/ram:SpecifiedLineTradeSettlement";
    private const string Agreement = Trade + "/ram:ApplicableHeaderTradeAgreement";
    private const string Seller = Agreement + "/ram:SellerTradeParty";
    private const string Buyer = Agreement + "/ram:BuyerTradeParty";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string Allowance = Settlement + "/ram:SpecifiedTradeAllowanceCharge";
    private const string Summation = Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    /// <summary>The national identifier schemes PEPPOL-COMMON-R040..R050 check, each with an ill-formed value.</summary>
    private static readonly (string Rule, string Scheme, string Value)[] _identifiers =
    [
        ("PEPPOL-COMMON-R040", "0088", "1230123456789"), ("PEPPOL-COMMON-R041", "0192", "ABC"), ("PEPPOL-COMMON-R042", "0184", "ABC"),
        ("PEPPOL-COMMON-R043", "0208", "ABC"), ("PEPPOL-COMMON-R049", "0007", "ABC"), ("PEPPOL-COMMON-R050", "0151", "ABC"),
    ];

    /// <summary>PEPPOL-EN16931-P0104..P0111: an exemption reason code that requires another VAT category than S.</summary>
    private static readonly (string Rule, string Code)[] _exemptions =
    [
        ("PEPPOL-EN16931-P0104", "VATEX-EU-G"), ("PEPPOL-EN16931-P0105", "VATEX-EU-O"), ("PEPPOL-EN16931-P0106", "VATEX-EU-IC"),
        ("PEPPOL-EN16931-P0107", "VATEX-EU-AE"), ("PEPPOL-EN16931-P0108", "VATEX-EU-D"), ("PEPPOL-EN16931-P0109", "VATEX-EU-F"),
        ("PEPPOL-EN16931-P0110", "VATEX-EU-I"), ("PEPPOL-EN16931-P0111", "VATEX-EU-J"),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ubl =
    [
        ("PEPPOL-EN16931-R001", f => f.Remove("cbc:ProfileID")),
        ("PEPPOL-EN16931-R002", f => f.Insert(".", "<cbc:Note>a</cbc:Note><cbc:Note>b</cbc:Note>")),
        ("PEPPOL-EN16931-R003", f => f.Remove("cbc:BuyerReference")),
        ("PEPPOL-EN16931-R004", f => f.Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017")),
        ("PEPPOL-EN16931-R005", f => f.Insert(".", "<cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>")),
        ("PEPPOL-EN16931-R007", f => f.Set("cbc:ProfileID", "billing")),
        ("PEPPOL-EN16931-R008", f => f.Insert(Supplier, "<cbc:EndpointID> </cbc:EndpointID>")),
        ("PEPPOL-EN16931-R010", f => f.Remove("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID")),
        ("PEPPOL-EN16931-R020", f => f.Remove($"{Supplier}/cbc:EndpointID")),
        ("PEPPOL-EN16931-R040", f => f.Insert("cac:AllowanceCharge", $"<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric><cbc:BaseAmount {Eur}>200.00</cbc:BaseAmount>")),
        ("PEPPOL-EN16931-R041", f => f.Insert("cac:AllowanceCharge", "<cbc:MultiplierFactorNumeric>5</cbc:MultiplierFactorNumeric>")),
        ("PEPPOL-EN16931-R042", f => f.Insert("cac:AllowanceCharge", $"<cbc:BaseAmount {Eur}>200.00</cbc:BaseAmount>")),
        ("PEPPOL-EN16931-R043", f => f.Set("cac:AllowanceCharge/cbc:ChargeIndicator", "0")),
        ("PEPPOL-EN16931-R044", f => f.Insert($"{Line}/cac:Price", $"<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:Amount {Eur}>0.00</cbc:Amount></cac:AllowanceCharge>")),
        ("PEPPOL-EN16931-R046", f => f.Insert($"{Line}/cac:Price", $"<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount {Eur}>5.00</cbc:Amount><cbc:BaseAmount {Eur}>110.00</cbc:BaseAmount></cac:AllowanceCharge>")),
        ("PEPPOL-EN16931-R051", f => f.SetAttribute("cac:LegalMonetaryTotal/cbc:PayableAmount", "currencyID", "SEK")),
        ("PEPPOL-EN16931-R053", f => f.Duplicate("cac:TaxTotal")),
        ("PEPPOL-EN16931-R054", f => f.Insert(".", "<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode>")),
        ("PEPPOL-EN16931-R055", f => f.Insert(".", "<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode><cac:TaxTotal><cbc:TaxAmount currencyID='USD'>-40.00</cbc:TaxAmount></cac:TaxTotal>")),
        ("PEPPOL-EN16931-R061", f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "59")),
        ("PEPPOL-EN16931-R100", f => f.Insert(Line, "<cac:DocumentReference><cbc:ID>A</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference><cac:DocumentReference><cbc:ID>B</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference>")),
        ("PEPPOL-EN16931-R101", f => f.Insert(Line, "<cac:DocumentReference><cbc:ID>A</cbc:ID></cac:DocumentReference>")),
        ("PEPPOL-EN16931-R110", f => f.Insert(".", "<cac:InvoicePeriod><cbc:StartDate>2025-01-10</cbc:StartDate></cac:InvoicePeriod>").Insert(Line, "<cac:InvoicePeriod><cbc:StartDate>2025-01-01</cbc:StartDate></cac:InvoicePeriod>")),
        ("PEPPOL-EN16931-R111", f => f.Insert(".", "<cac:InvoicePeriod><cbc:EndDate>2025-01-31</cbc:EndDate></cac:InvoicePeriod>").Insert(Line, "<cac:InvoicePeriod><cbc:EndDate>2025-02-15</cbc:EndDate></cac:InvoicePeriod>")),
        ("PEPPOL-EN16931-R120", f => f.Set($"{Line}/cbc:LineExtensionAmount", "1.00")),
        ("PEPPOL-EN16931-R121", f => f.Insert($"{Line}/cac:Price", "<cbc:BaseQuantity unitCode='C62'>0</cbc:BaseQuantity>")),
        ("PEPPOL-EN16931-R130", f => f.Insert($"{Line}/cac:Price", "<cbc:BaseQuantity unitCode='HUR'>1</cbc:BaseQuantity>")),
        ("PEPPOL-EN16931-CL001", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode='application/zip' filename='a.zip'>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>")),
        ("PEPPOL-EN16931-CL002", f => f.Insert("cac:AllowanceCharge", "<cbc:AllowanceChargeReasonCode>999</cbc:AllowanceChargeReasonCode>")),
        ("PEPPOL-EN16931-CL003", f => f.Insert(".", BusinessRuleCases.Charge()).Edit(r => r.Elements().Last().Add(new XElement(Ns.Cbc + "AllowanceChargeReasonCode", "QQQ")))),
        ("PEPPOL-EN16931-CL006", f => f.Insert(".", "<cac:InvoicePeriod><cbc:StartDate>2025-01-01</cbc:StartDate><cbc:DescriptionCode>1</cbc:DescriptionCode></cac:InvoicePeriod>")),
        ("PEPPOL-EN16931-CL007", f => f.SetAttribute("cac:LegalMonetaryTotal/cbc:PayableAmount", "currencyID", "QQQ")),
        ("PEPPOL-EN16931-CL008", f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "9999")),
        ("PEPPOL-EN16931-F001", f => f.Set("cbc:IssueDate", "2025-1-15")),
        ("PEPPOL-EN16931-P0100", f => f.Set("cbc:InvoiceTypeCode", "381")),
        ("PEPPOL-EN16931-P0112", f => f.Set("cbc:InvoiceTypeCode", "326")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _ublCreditNote =
    [
        ("PEPPOL-EN16931-P0101", f => f.Set("cbc:CreditNoteTypeCode", "380")),
        ("PEPPOL-EN16931-R080", f => f.Insert(".", "<cac:AdditionalDocumentReference><cbc:ID>T-1</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference><cac:AdditionalDocumentReference><cbc:ID>T-2</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>")),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _cii =
    [
        ("PEPPOL-EN16931-R001", f => f.Remove("rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter")),
        ("PEPPOL-EN16931-R002", f => f.Insert("rsm:ExchangedDocument", "<ram:IncludedNote><ram:Content>a</ram:Content></ram:IncludedNote><ram:IncludedNote><ram:Content>b</ram:Content></ram:IncludedNote>")),
        ("PEPPOL-EN16931-R003", f => f.Remove($"{Agreement}/ram:BuyerReference")),
        ("PEPPOL-EN16931-R004", f => f.Set("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", "urn:cen.eu:en16931:2017")),
        ("PEPPOL-EN16931-R005", f => f.Insert(Settlement, "<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>")),
        ("PEPPOL-EN16931-R006", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>B</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument>")),
        ("PEPPOL-EN16931-R007", f => f.Set("rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", "billing")),
        ("PEPPOL-EN16931-R010", f => f.Remove($"{Buyer}/ram:URIUniversalCommunication")),
        ("PEPPOL-EN16931-R020", f => f.Remove($"{Seller}/ram:URIUniversalCommunication")),
        ("PEPPOL-EN16931-R040", f => f.Insert(Allowance, "<ram:CalculationPercent>10</ram:CalculationPercent><ram:BasisAmount>200.00</ram:BasisAmount>")),
        ("PEPPOL-EN16931-R041", f => f.Insert(Allowance, "<ram:CalculationPercent>5</ram:CalculationPercent>")),
        ("PEPPOL-EN16931-R042", f => f.Insert(Allowance, "<ram:BasisAmount>200.00</ram:BasisAmount>")),
        ("PEPPOL-EN16931-R043", f => f.Set($"{Allowance}/ram:ChargeIndicator/udt:Indicator", "0")),
        ("PEPPOL-EN16931-R053", f => f.Insert(Summation, "<ram:TaxTotalAmount currencyID='EUR'>36.10</ram:TaxTotalAmount>")),
        ("PEPPOL-EN16931-R054", f => f.Insert(Settlement, "<ram:TaxCurrencyCode>USD</ram:TaxCurrencyCode>")),
        ("PEPPOL-EN16931-R055", f => f.Insert(Settlement, "<ram:TaxCurrencyCode>USD</ram:TaxCurrencyCode>").Insert(Summation, "<ram:TaxTotalAmount currencyID='USD'>-40.00</ram:TaxTotalAmount>")),
        ("PEPPOL-EN16931-R061", f => f.Set($"{Settlement}/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode", "59")),
        ("PEPPOL-EN16931-R080", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-1</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-2</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument>")),
        ("PEPPOL-EN16931-R100", f => f.Insert(LineSettlement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>B</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument>")),
        ("PEPPOL-EN16931-R101", f => f.Insert(LineSettlement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID></ram:AdditionalReferencedDocument>")),
        ("PEPPOL-EN16931-R110", f => f.Insert(Settlement, "<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format='102'>20250110</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>")
            .Insert(LineSettlement, "<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format='102'>20250101</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>")),
        ("PEPPOL-EN16931-R111", f => f.Insert(Settlement, "<ram:BillingSpecifiedPeriod><ram:EndDateTime><udt:DateTimeString format='102'>20250131</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod>")
            .Insert(LineSettlement, "<ram:BillingSpecifiedPeriod><ram:EndDateTime><udt:DateTimeString format='102'>20250215</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod>")),
        ("PEPPOL-EN16931-R120", f => f.Set($"{LineSettlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount", "1.00")),
        ("PEPPOL-EN16931-R121", f => f.Insert(NetPrice, "<ram:BasisQuantity unitCode='C62'>0</ram:BasisQuantity>")),
        ("PEPPOL-EN16931-R130", f => f.Insert(NetPrice, "<ram:BasisQuantity unitCode='HUR'>1</ram:BasisQuantity>")),
        ("PEPPOL-EN16931-CL001", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>DOC-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode='application/zip' filename='a.zip'>QUJD</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>")),
        ("PEPPOL-EN16931-CL002", f => f.Insert(Allowance, "<ram:ReasonCode>999</ram:ReasonCode>")),
        ("PEPPOL-EN16931-CL003", f => f.Insert(Settlement, "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount><ram:ReasonCode>QQQ</ram:ReasonCode><ram:Reason>Freight</ram:Reason></ram:SpecifiedTradeAllowanceCharge>")),
        ("PEPPOL-EN16931-CL007", f => f.SetAttribute($"{Summation}/ram:TaxTotalAmount", "currencyID", "QQQ")),
        ("PEPPOL-EN16931-CL008", f => f.SetAttribute($"{Seller}/ram:URIUniversalCommunication/ram:URIID", "schemeID", "9999")),
        ("PEPPOL-EN16931-F001", f => f.Insert(Settlement, "<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format='102'>2025011</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>")),
        ("PEPPOL-EN16931-P0100", f => f.Set("rsm:ExchangedDocument/ram:TypeCode", "999")),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All()
    {
        var ubl = _ubl
            .Concat(_identifiers.Select(i => (i.Rule, (Func<UblFixture, UblFixture>)(f => f.Insert(Supplier, $"<cac:PartyIdentification><cbc:ID schemeID='{i.Scheme}'>{i.Value}</cbc:ID></cac:PartyIdentification>")))))
            .Concat(_exemptions.Select(e => (e.Rule, (Func<UblFixture, UblFixture>)(f => f.Insert($"{Subtotal}/cac:TaxCategory", $"<cbc:TaxExemptionReasonCode>{e.Code}</cbc:TaxExemptionReasonCode>")))));
        foreach (var (rule, mutate) in ubl)
        {
            yield return RuleCases.Ubl("Peppol", rule, mutate, Base, ValidationProfile.Peppol);
        }

        foreach (var (rule, mutate) in _ublCreditNote)
        {
            yield return RuleCases.Ubl("Peppol", rule, mutate, () => AsCreditNote(Base()), ValidationProfile.Peppol);
        }

        var cii = _cii.Concat(_identifiers.Select(i => (i.Rule, (Func<UblFixture, UblFixture>)(f => f.Insert(Seller, $"<ram:GlobalID schemeID='{i.Scheme}'>{i.Value}</ram:GlobalID>")))));
        foreach (var (rule, mutate) in cii)
        {
            yield return RuleCases.Cii("Peppol", rule, mutate, () => UblFixture.Parse(Base().ToCii()), ValidationProfile.Peppol);
        }
    }

    /// <summary>Our valid fixture as a Peppol BIS Billing 3.0 invoice.</summary>
    internal static UblFixture Base() =>
        UblFixture.Valid()
            .Set("cbc:CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0")
            .Insert(".", "<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID><cbc:BuyerReference>PO-4711</cbc:BuyerReference>")
            .Set($"{Supplier}/cbc:EndpointID", "5790000000005")
            .Insert("cac:AccountingCustomerParty/cac:Party", "<cbc:EndpointID schemeID='0088'>5790000000005</cbc:EndpointID>");

    /// <summary>The invoice as a UBL credit note (root, type code, lines and quantities renamed).</summary>
    internal static UblFixture AsCreditNote(UblFixture invoice) =>
        invoice.Edit(root =>
        {
            root.Name = Ns.UblCreditNote + "CreditNote";
            root.Attribute("xmlns")?.SetValue(Ns.UblCreditNote.NamespaceName);
            var type = root.Element(Ns.Cbc + "InvoiceTypeCode")!;
            type.Name = Ns.Cbc + "CreditNoteTypeCode";
            type.Value = "381";
            foreach (var line in root.Elements(Ns.Cac + "InvoiceLine"))
            {
                line.Name = Ns.Cac + "CreditNoteLine";
                line.Element(Ns.Cbc + "InvoicedQuantity")!.Name = Ns.Cbc + "CreditedQuantity";
            }
        });
}
