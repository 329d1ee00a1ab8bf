using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The XPath of the element a business rule is about, in the syntax the document was written in.</summary>
internal static class FindingLocation
{
    private const string CiiRoot = "/rsm:CrossIndustryInvoice";
    private const string CiiTransaction = CiiRoot + "/rsm:SupplyChainTradeTransaction";
    private const string CiiAgreement = CiiTransaction + "/ram:ApplicableHeaderTradeAgreement";
    private const string CiiSettlement = CiiTransaction + "/ram:ApplicableHeaderTradeSettlement";

    public static string Root(ValidationContext c) => c.Syntax == XmlSyntax.Cii ? CiiRoot : UblRoot(c);

    public static string Totals(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiSettlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation" : UblRoot(c) + "/cac:LegalMonetaryTotal";

    public static string TaxTotal(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiSettlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount" : UblRoot(c) + "/cac:TaxTotal";

    public static string Line(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii
            ? $"{CiiTransaction}/ram:IncludedSupplyChainTradeLineItem[{index + 1}]"
            : $"{UblRoot(c)}/cac:{(c.Invoice.IsCreditNote && c.Xml?.IsCreditNote != false ? "CreditNoteLine" : "InvoiceLine")}[{index + 1}]";

    public static string LineAllowanceCharge(ValidationContext c, int line, int index) =>
        c.Syntax == XmlSyntax.Cii
            ? $"{Line(c, line)}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[{index + 1}]"
            : $"{Line(c, line)}/cac:AllowanceCharge[{index + 1}]";

    public static string LinePeriod(ValidationContext c, int line) =>
        c.Syntax == XmlSyntax.Cii ? $"{Line(c, line)}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod" : $"{Line(c, line)}/cac:InvoicePeriod";

    public static string LineVat(ValidationContext c, int line) =>
        c.Syntax == XmlSyntax.Cii ? $"{Line(c, line)}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax" : $"{Line(c, line)}/cac:Item/cac:ClassifiedTaxCategory";

    public static string AllowanceCharge(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiSettlement}/ram:SpecifiedTradeAllowanceCharge[{index + 1}]" : $"{UblRoot(c)}/cac:AllowanceCharge[{index + 1}]";

    public static string VatBreakdown(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiSettlement}/ram:ApplicableTradeTax[{index + 1}]" : $"{UblRoot(c)}/cac:TaxTotal/cac:TaxSubtotal[{index + 1}]";

    public static string Seller(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiAgreement + "/ram:SellerTradeParty" : UblRoot(c) + "/cac:AccountingSupplierParty/cac:Party";

    public static string Buyer(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiAgreement + "/ram:BuyerTradeParty" : UblRoot(c) + "/cac:AccountingCustomerParty/cac:Party";

    public static string Payee(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiSettlement + "/ram:PayeeTradeParty" : UblRoot(c) + "/cac:PayeeParty";

    public static string TaxRepresentative(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiAgreement + "/ram:SellerTaxRepresentativeTradeParty" : UblRoot(c) + "/cac:TaxRepresentativeParty";

    public static string Delivery(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiTransaction + "/ram:ApplicableHeaderTradeDelivery" : UblRoot(c) + "/cac:Delivery";

    public static string InvoicePeriod(ValidationContext c) =>
        c.Syntax == XmlSyntax.Cii ? CiiSettlement + "/ram:BillingSpecifiedPeriod" : UblRoot(c) + "/cac:InvoicePeriod";

    public static string PaymentMeans(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiSettlement}/ram:SpecifiedTradeSettlementPaymentMeans[{index + 1}]" : $"{UblRoot(c)}/cac:PaymentMeans[{index + 1}]";

    public static string SupportingDocument(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiAgreement}/ram:AdditionalReferencedDocument[{index + 1}]" : $"{UblRoot(c)}/cac:AdditionalDocumentReference[{index + 1}]";

    public static string PrecedingInvoice(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiSettlement}/ram:InvoiceReferencedDocument[{index + 1}]" : $"{UblRoot(c)}/cac:BillingReference[{index + 1}]";

    public static string Notes(ValidationContext c, int index) =>
        c.Syntax == XmlSyntax.Cii ? $"{CiiRoot}/rsm:ExchangedDocument/ram:IncludedNote[{index + 1}]" : $"{UblRoot(c)}/cbc:Note[{index + 1}]";

    private static string UblRoot(ValidationContext c) => c.Invoice.IsCreditNote && c.Xml?.IsCreditNote != false ? "/cn:CreditNote" : "/ubl:Invoice";
}
