namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// Rules whose official context or path reaches every element of a name, where a reading of the first one (or of the
/// model) would not: an amount without currencyID, a second PaymentMeans, a second LegalMonetaryTotal. Each pair is
/// judged by the official validator too (OfficialAgreementTests).
/// </summary>
internal static class RepeatedContextRuleCases
{
    private const string Family = "RepeatedContext";
    private const string Means = "<cac:PaymentMeans><cbc:PaymentMeansCode>10</cbc:PaymentMeansCode>{0}</cac:PaymentMeans>";
    private const string Card = "<cbc:PaymentMeansCode>54</cbc:PaymentMeansCode><cac:CardAccount><cbc:PrimaryAccountNumberID>1234</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID>{0}</cac:CardAccount>";

    // A second totals group may not hold a TaxExclusiveAmount: the official BR-CO-15 adds it up with the first one's
    // and stops on the sequence, so no verdict could be compared.
    private const string SecondTotals = "<cac:LegalMonetaryTotal>{0}</cac:LegalMonetaryTotal>";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() =>
    [
        // BR-CL-03: the context is every amount element; one without currencyID fails, wherever it is.
        RuleCases.Pair(Family, "BR-CL-03", "UBL",
            () => UblFixture.Valid().Insert(".", "<cac:PaymentTerms><cbc:Note>30 days</cbc:Note><cbc:Amount>10.00</cbc:Amount></cac:PaymentTerms>"),
            () => UblFixture.Valid().Insert(".", "<cac:PaymentTerms><cbc:Note>30 days</cbc:Note><cbc:Amount currencyID='EUR'>10.00</cbc:Amount></cac:PaymentTerms>")),

        // UBL-CR-412 and UBL-CR-420 look through every PaymentMeans: the element in the second one counts.
        RuleCases.Pair(Family, "UBL-CR-412", "UBL",
            () => UblFixture.Valid().Insert(".", string.Format(Means, "<cbc:PaymentDueDate>2025-02-15</cbc:PaymentDueDate>")),
            () => UblFixture.Valid().Insert(".", string.Format(Means, string.Empty))),
        RuleCases.Pair(Family, "UBL-CR-420", "UBL",
            () => UblFixture.Valid().Insert(".", "<cac:PaymentMeans>" + string.Format(Card, "<cbc:CV2ID>123</cbc:CV2ID>") + "</cac:PaymentMeans>"),
            () => UblFixture.Valid().Insert(".", "<cac:PaymentMeans>" + string.Format(Card, string.Empty) + "</cac:PaymentMeans>")),

        // BR-CO-10, -13, -16: each LegalMonetaryTotal is a context of its own, judged by its own amounts.
        RuleCases.Pair(Family, "BR-CO-10", "UBL",
            () => UblFixture.Valid().Insert(".", string.Format(SecondTotals, "<cbc:LineExtensionAmount currencyID='EUR'>100.00</cbc:LineExtensionAmount>")),
            () => UblFixture.Valid().Insert(".", string.Format(SecondTotals, "<cbc:LineExtensionAmount currencyID='EUR'>200.00</cbc:LineExtensionAmount>"))),
        RuleCases.Pair(Family, "BR-CO-13", "UBL",
            () => UblFixture.Valid().Insert(".", string.Format(SecondTotals, "<cbc:LineExtensionAmount currencyID='EUR'>200.00</cbc:LineExtensionAmount>")),
            () => UblFixture.Valid()),
        RuleCases.Pair(Family, "BR-CO-16", "UBL",
            () => UblFixture.Valid().Insert(".", string.Format(SecondTotals, "<cbc:TaxInclusiveAmount currencyID='EUR'>226.10</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID='EUR'>200.00</cbc:PayableAmount>")),
            () => UblFixture.Valid().Insert(".", string.Format(SecondTotals, "<cbc:TaxInclusiveAmount currencyID='EUR'>226.10</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID='EUR'>226.10</cbc:PayableAmount>"))),
    ];
}
