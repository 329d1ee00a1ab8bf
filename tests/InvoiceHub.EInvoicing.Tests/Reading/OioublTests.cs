using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;

namespace InvoiceHub.EInvoicing.Tests.Reading;

/// <summary>OIOUBL specifics beyond the manifest: identifiers with DK schemes, payment means, line taxes.</summary>
public sealed class OioublTests
{
    [Fact]
    public void Read_FikPaymentMeans_GivesPaymentSlipWithCreditorNumber()
    {
        var xml = TestDocuments.UblInvoice()
            .Replace("urn:cen.eu:en16931:2017", "OIOUBL-2.1", StringComparison.Ordinal)
            .Replace("<cac:LegalMonetaryTotal>", """
                <cac:PaymentMeans>
                  <cbc:PaymentMeansCode>93</cbc:PaymentMeansCode>
                  <cbc:PaymentDueDate>2024-03-31</cbc:PaymentDueDate>
                  <cbc:PaymentChannelCode>DK:FIK</cbc:PaymentChannelCode>
                  <cbc:InstructionID>000000001234567</cbc:InstructionID>
                  <cbc:PaymentID>71</cbc:PaymentID>
                  <cac:CreditAccount><cbc:AccountID>80807392</cbc:AccountID></cac:CreditAccount>
                </cac:PaymentMeans>
                <cac:LegalMonetaryTotal>
                  <cbc:TaxExclusiveAmount currencyID="EUR">19.00</cbc:TaxExclusiveAmount>
                """, StringComparison.Ordinal);

        var invoice = InvoiceReader.Read(TestDocuments.Utf8(xml)).Invoice.ShouldNotBeNull();

        invoice.Format.Syntax.ShouldBe(InvoiceSyntax.OioUbl);
        var payment = invoice.PaymentInstructions.ShouldHaveSingleItem();
        payment.MeansCode.ShouldBe("93");
        payment.RemittanceInformation.ShouldBeNull();
        payment.Slip.ShouldBe(new PaymentSlip("71", "000000001234567", "80807392"));
        payment.Slip!.IsFik.ShouldBeTrue();
        payment.ChannelCode.ShouldBe("DK:FIK");
        payment.DueDate.ShouldBe(new DateOnly(2024, 3, 31));
        invoice.DueDate.ShouldBe(new DateOnly(2024, 3, 31));
        invoice.Totals.TaxExclusive.ShouldBeNull();
        invoice.Totals.OioublTotalTaxAmount.ShouldBe(new Money(19.00m, "EUR"));
    }

    [CorpusFact]
    public void Read_OioublCorpusInvoice_KeepsDanishIdentifierSchemesAndBankAccount()
    {
        var invoice = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf("oioubl/example_invoice.xml"))).Invoice.ShouldNotBeNull();

        invoice.Seller.VatId.ShouldNotBeNull().SchemeId.ShouldBe("DK:SE");
        invoice.Seller.Identifiers.Concat([invoice.Seller.ElectronicAddress!]).Select(i => i.SchemeId)
            .ShouldContain(s => s == "DK:CVR" || s == "GLN");
        var transfer = invoice.PaymentInstructions.ShouldHaveSingleItem().CreditTransfer.ShouldNotBeNull();
        transfer.AccountId.ShouldBe("1234567890");
        transfer.BranchId.ShouldBe("1234");
    }

    [CorpusFact]
    public void Read_OioublExciseLines_KeepsLineVatAndExciseApart()
    {
        var invoice = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf("oioubl/parse_excise-line-and-document.xml"))).Invoice.ShouldNotBeNull();

        var line = invoice.Lines.ShouldHaveSingleItem();
        line.OtherTaxes.ShouldContain(t => t.TaxScheme == "66" && t.TaxAmount == new Money(100000.00m, "DKK"));
        line.Vat.ShouldNotBeNull().TaxScheme.ShouldBe("63");
    }
}
