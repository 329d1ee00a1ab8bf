using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The rule tables' own parameters, beside the one case per id their rules have in <see cref="XRechnungRuleCases"/>
/// and <see cref="PeppolRuleCases"/>: BR-DEX-10..14 (<c>ThirdPartyPaymentRules</c>) judge each third party payment
/// (that only extension documents are judged is in RuleTableTests); PEPPOL-COMMON-R040..R050 (<c>PeppolIdentifierFormatRules</c>) read
/// normalize-space() except R042 (<c>string()</c>), and R046 looks at endpoints only.
/// </summary>
internal static class TableRowRuleCases
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string CiiSeller = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
    private const string GoodPayment = "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='EUR'>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>";

    private static readonly System.Xml.Linq.XName _creditNoteRoot = System.Xml.Linq.XName.Get("CreditNote", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");

    /// <summary>A third party payment that breaks each row (the same ones as the per-id cases).</summary>
    private static readonly (string Rule, string Payment)[] _brokenPayments =
    [
        ("BR-DEX-10", "<cac:PrepaidPayment><cbc:PaidAmount currencyID='EUR'>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>"),
        ("BR-DEX-11", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>"),
        ("BR-DEX-12", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='EUR'>0.00</cbc:PaidAmount></cac:PrepaidPayment>"),
        ("BR-DEX-13", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='EUR'>0.000</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>"),
        ("BR-DEX-14", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount currencyID='USD'>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>"),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All()
    {
        foreach (var (rule, payment) in _brokenPayments)
        {
            // Each payment is a context of its own: a broken second payment fires beside a good first one.
            yield return RuleCases.Pair(
                "ThirdPartyPaymentRows-Second", rule, "UBL",
                () => XRechnungRuleCases.ExtensionBase().Insert(".", GoodPayment + payment),
                () => XRechnungRuleCases.ExtensionBase().Insert(".", GoodPayment + GoodPayment),
                ValidationProfile.XRechnung);
        }

        // The official context is /ubl:Invoice/cac:PrepaidPayment: a credit note's broken payment is not judged.
        yield return RuleCases.Pair(
            "ThirdPartyPaymentRows-InvoiceOnly", "BR-DEX-10", "UBL",
            () => XRechnungRuleCases.ExtensionBase().Insert(".", _brokenPayments[0].Payment),
            () => XRechnungRuleCases.ExtensionBase().Insert(".", _brokenPayments[0].Payment).Edit(AsCreditNote),
            ValidationProfile.XRechnung);

        // BR-DEX-14 compares the paid amount's currency with BT-5 as XPath does: with neither present, it fails.
        yield return RuleCases.Pair(
            "ThirdPartyPaymentRows-NoCurrencies", "BR-DEX-14", "UBL",
            () => XRechnungRuleCases.ExtensionBase().Remove("cbc:DocumentCurrencyCode")
                .Insert(".", "<cac:PrepaidPayment><cbc:ID>130</cbc:ID><cbc:PaidAmount>0.00</cbc:PaidAmount><cbc:InstructionID>Voucher</cbc:InstructionID></cac:PrepaidPayment>"),
            () => XRechnungRuleCases.ExtensionBase().Insert(".", GoodPayment),
            ValidationProfile.XRechnung);

        // R042 reads string(): a CVR number with a space around it is ill-formed, though its normalize-space() is not.
        yield return RuleCases.Pair(
            "PeppolIdentifierRows-AsWritten", "PEPPOL-COMMON-R042", "UBL",
            () => PeppolRuleCases.Base().Insert(Supplier, PartyIdentification("0184", " 12345678")),
            () => PeppolRuleCases.Base().Insert(Supplier, PartyIdentification("0184", "12345678")),
            ValidationProfile.Peppol);
        yield return RuleCases.Pair(
            "PeppolIdentifierRows-AsWritten", "PEPPOL-COMMON-R042", "CII",
            () => PeppolCii().Insert(CiiSeller, "<ram:GlobalID schemeID='0184'>12345678 </ram:GlobalID>"),
            () => PeppolCii().Insert(CiiSeller, "<ram:GlobalID schemeID='0184'>DK12345678</ram:GlobalID>"),
            ValidationProfile.Peppol);

        // The other rows read normalize-space(): the same spaces around a well-formed Norwegian number are no finding.
        yield return RuleCases.Pair(
            "PeppolIdentifierRows-Normalized", "PEPPOL-COMMON-R041", "UBL",
            () => PeppolRuleCases.Base().Insert(Supplier, PartyIdentification("0192", " 97476067 ")),
            () => PeppolRuleCases.Base().Insert(Supplier, PartyIdentification("0192", " 974760673 ")),
            ValidationProfile.Peppol);

        // R046's context is the endpoint only: an ill-formed 9907 party identifier is not judged.
        yield return RuleCases.Pair(
            "PeppolIdentifierRows-EndpointOnly", "PEPPOL-COMMON-R046", "UBL",
            () => PeppolRuleCases.Base().SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "9907").Set($"{Supplier}/cbc:EndpointID", "1234567890A"),
            () => PeppolRuleCases.Base().Insert(Supplier, PartyIdentification("9907", "1234567890A")),
            ValidationProfile.Peppol);
    }

    private static void AsCreditNote(System.Xml.Linq.XElement root)
    {
        root.Name = _creditNoteRoot;
        root.SetAttributeValue("xmlns", _creditNoteRoot.NamespaceName);
    }

    private static string PartyIdentification(string scheme, string value) =>
        $"<cac:PartyIdentification><cbc:ID schemeID='{scheme}'>{value}</cbc:ID></cac:PartyIdentification>";

    private static UblFixture PeppolCii() => UblFixture.Parse(PeppolRuleCases.Base().ToCii());
}
