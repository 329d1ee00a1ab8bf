using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Extraction;

namespace InvoiceHub.Ocr.Tests.Extraction;

public sealed class FieldExtractorTests
{
    private static IReadOnlyDictionary<string, RecognizedField> Extract(params string[] rows) => FieldExtractor.Extract([TestPages.Page(rows)]);

    [Fact]
    public void GermanInvoice_AllFields_AreFoundWithNormalisedValues()
    {
        var fields = Extract(
            "Muster GmbH   Musterstraße 1   80333 München",
            "USt-IdNr.: DE 136 695 976",
            "Rechnung",
            "Rechnungsnummer: RE-2024-0815",
            "Rechnungsdatum: 15.11.2024",
            "Leistungsdatum: 14.11.2024",
            "Ihre Bestellung: PO-4711",
            "Pos   Beschreibung   Menge   Preis   Betrag",
            "1   Beratung   10   100,00 €   1.000,00 €",
            "Nettobetrag   1.000,00 €",
            "zzgl. 19 % MwSt.   190,00 €",
            "Gesamtbetrag   1.190,00 €",
            "Zahlbar bis 15.12.2024 ohne Abzug.",
            "IBAN: DE02 1203 0000 0000 2020 51   BIC: BYLADEM1001");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("RE-2024-0815");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2024-11-15");
        fields[InvoiceFieldNames.ServiceDate].Value.ShouldBe("2024-11-14");
        fields[InvoiceFieldNames.DueDate].Value.ShouldBe("2024-12-15");
        fields[InvoiceFieldNames.Currency].Value.ShouldBe("EUR");
        fields[InvoiceFieldNames.NetAmount].Value.ShouldBe("1000.00");
        fields[InvoiceFieldNames.TaxAmount].Value.ShouldBe("190.00");
        fields[InvoiceFieldNames.TotalAmount].Value.ShouldBe("1190.00");
        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("19");
        fields[InvoiceFieldNames.SellerVatId].Value.ShouldBe("DE136695976");
        fields[InvoiceFieldNames.Iban].Value.ShouldBe("DE02120300000000202051");
        fields[InvoiceFieldNames.Bic].Value.ShouldBe("BYLADEM1001");
        fields[InvoiceFieldNames.OrderReference].Value.ShouldBe("PO-4711");
        fields.ContainsKey(InvoiceFieldNames.Cvr).ShouldBeFalse();
        fields.ContainsKey(InvoiceFieldNames.Fik).ShouldBeFalse();
    }

    [Fact]
    public void EnglishInvoice_EnglishLabelsAndNumberFormat_AreRead()
    {
        var fields = Extract(
            "ACME Ltd   VAT Reg No: GB980780684",
            "INVOICE",
            "Invoice No: INV-1001        Invoice Date: 03/02/2025",
            "Purchase Order: 4500012345",
            "Subtotal   $1,250.00",
            "VAT 20%   250.00",
            "Total   GBP 1,500.00",
            "Due Date: 5 March 2025");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("INV-1001");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2025-02-03");
        fields[InvoiceFieldNames.DueDate].Value.ShouldBe("2025-03-05");
        fields[InvoiceFieldNames.NetAmount].Value.ShouldBe("1250.00");
        fields[InvoiceFieldNames.TaxAmount].Value.ShouldBe("250.00");
        fields[InvoiceFieldNames.TotalAmount].Value.ShouldBe("1500.00");
        fields[InvoiceFieldNames.SellerVatId].Value.ShouldBe("GB980780684");
        fields[InvoiceFieldNames.OrderReference].Value.ShouldBe("4500012345");
        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("20");
    }

    [Fact]
    public void DanishInvoice_CvrFikAndDanishLabels_AreRead()
    {
        var fields = Extract(
            "Leverandør A/S   CVR-nr.: 13585628",
            "Faktura",
            "Fakturanr.: 2024-117",
            "Fakturadato: 1. december 2024",
            "Beløb ekskl. moms   800,00 kr.",
            "Moms 25%   200,00",
            "I alt inkl. moms   1.000,00 kr.",
            "Forfaldsdato: 15-12-2024",
            "+71< 000000000000018 +80807392<");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("2024-117");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2024-12-01");
        fields[InvoiceFieldNames.DueDate].Value.ShouldBe("2024-12-15");
        fields[InvoiceFieldNames.NetAmount].Value.ShouldBe("800.00");
        fields[InvoiceFieldNames.TaxAmount].Value.ShouldBe("200.00");
        fields[InvoiceFieldNames.TotalAmount].Value.ShouldBe("1000.00");
        fields[InvoiceFieldNames.Currency].Value.ShouldBe("DKK");
        fields[InvoiceFieldNames.Cvr].Value.ShouldBe("13585628");
        fields[InvoiceFieldNames.Fik].Value.ShouldBe("+71<000000000000018+80807392<");
        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("25");
    }

    [Fact]
    public void Visualisation_NumberAndDateOnTheTitleRow_AreRead()
    {
        var fields = Extract("Handelsrechnung (380) Nr. 9314110911/00/M/00/N vom 01.10.2018", "Währung:   EUR");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("9314110911/00/M/00/N");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2018-10-01");
    }

    [Fact]
    public void Amounts_WhenNetPlusTaxIsNotGross_AreKeptWithLowConfidence()
    {
        var fields = Extract("Nettobetrag   100,00", "MwSt.   19,00", "Gesamtbetrag   120,00");

        fields[InvoiceFieldNames.TotalAmount].Value.ShouldBe("120.00");
        fields[InvoiceFieldNames.TotalAmount].Confidence.ShouldBeLessThan(50);
    }

    [Fact]
    public void Amounts_SeveralCandidates_TheConsistentTripleWins()
    {
        var fields = Extract(
            "Umsatzsteuer 7%   275,00   19,25",
            "Umsatzsteuer 19%   198,00   37,62",
            "Rechnungssumme ohne USt.   473,00",
            "Steuerbetrag   56,87",
            "Bruttosumme   529,87",
            "Zahlbetrag   529,87");

        fields[InvoiceFieldNames.NetAmount].Value.ShouldBe("473.00");
        fields[InvoiceFieldNames.TaxAmount].Value.ShouldBe("56.87");
        fields[InvoiceFieldNames.TotalAmount].Value.ShouldBe("529.87");
        fields[InvoiceFieldNames.TotalAmount].Confidence.ShouldBeGreaterThan(90);
        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("7;19");
    }

    [Fact]
    public void InvoiceNumber_GluedToItsLabel_IsReadAndTheDateIsNot()
    {
        var fields = Extract("Gutschrift (Selbst ausgestellte Rechnung) (389) Nr.471102 vom 15.11.2024");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("471102");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2024-11-15");
    }

    [Fact]
    public void InvoiceNumber_OnlyADateAfterTheLabel_IsNotTakenForTheNumber()
    {
        var fields = Extract("Rechnung Nr. 15.11.2024");

        fields.ContainsKey(InvoiceFieldNames.InvoiceNumber).ShouldBeFalse();
    }

    [Fact]
    public void VatRates_ColumnHeadedSteuersatz_BareNumbersBelowItAreRates()
    {
        var fields = Extract(
            "Art   Basisbetrag   Steuersatz   Steuerbetrag",
            "Umsatzsteuer   275,00   7   19,25",
            "Umsatzsteuer   198,00   19   37,62");

        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("7;19");
    }

    [Fact]
    public void VatRates_NumbersInOtherColumns_AreNotRates()
    {
        var fields = Extract(
            "Pos   Menge   Steuersatz   Nettobetrag",
            "1   20     19%   198,00",
            "2   12     7%   84,00");

        fields[InvoiceFieldNames.VatRates].Value.ShouldBe("7;19");
    }

    [Fact]
    public void VatId_BuyersIdUnderBuyerHeading_IsNotTheSellers()
    {
        var fields = Extract("Käufer", "Kunden AG", "USt-IdNr.: DE136695976", "Verkäufer", "Lieferant GmbH", "USt-IdNr.: ATU13585627");

        fields[InvoiceFieldNames.SellerVatId].Value.ShouldBe("ATU13585627");
    }

    [Fact]
    public void VatId_FailedCheckDigit_IsKeptWithLowConfidence()
    {
        var fields = Extract("USt.-Id.-Nr.:   DE123456789");

        fields[InvoiceFieldNames.SellerVatId].Value.ShouldBe("DE123456789");
        fields[InvoiceFieldNames.SellerVatId].Confidence.ShouldBeLessThan(50);
    }

    [Fact]
    public void Iban_WithoutLabelAndFailingMod97_IsNotReported()
    {
        var fields = Extract("Konto DE12 1234 5678 9012 3456 78");

        fields.ContainsKey(InvoiceFieldNames.Iban).ShouldBeFalse();
    }

    [Fact]
    public void Field_BoxAndPage_AreThoseOfTheValueWords()
    {
        var page2 = TestPages.Page(2, "Bruttosumme   529,87");
        var fields = FieldExtractor.Extract([TestPages.Page("Seite 1"), page2]);

        var total = fields[InvoiceFieldNames.TotalAmount];
        total.Page.ShouldBe(2);
        total.Box.ShouldBe(page2.Lines[0].Words[1].Box);
    }

    [Fact]
    public void LabelAboveValue_ValueOnTheRowBelow_IsRead()
    {
        var fields = Extract("Rechnungsnummer          Datum", "R-77          02.01.2025");

        fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("R-77");
        fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2025-01-02");
    }

    [Fact]
    public void EmptyPages_NoFields() => FieldExtractor.Extract([TestPages.Page()]).ShouldBeEmpty();
}
