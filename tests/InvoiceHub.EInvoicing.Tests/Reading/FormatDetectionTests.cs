using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;

namespace InvoiceHub.EInvoicing.Tests.Reading;

public sealed class FormatDetectionTests
{
    [CorpusTheory]
    [InlineData("xrechnung/01.01a-INVOICE_ubl.xml", "UBL 2.1 Invoice", "XRechnung 3.0 (UBL)")]
    [InlineData("xrechnung/01.01a-INVOICE_uncefact.xml", "UN/CEFACT CII D16B", "XRechnung 3.0 (CII)")]
    [InlineData("xrechnung/02.01a-cvd_INVOICE_ubl.xml", "UBL 2.1 Invoice", "XRechnung 3.0 CVD (UBL)")]
    [InlineData("xrechnung/04.01a-INVOICE_ubl.xml", "UBL 2.1 Invoice", "XRechnung 3.0 Extension (UBL)")]
    [InlineData("xrechnung/demodata/01.01a-INVOICE_ubl.xml", "UBL 2.1 Invoice", "XRechnung 1.2 (UBL)")]
    [InlineData("peppol/base-example.xml", "UBL 2.1 Invoice", "Peppol BIS Billing 3")]
    [InlineData("peppol/base-creditnote-correction.xml", "UBL 2.1 CreditNote", "Peppol BIS Billing 3")]
    [InlineData("ubl/ubl-tc434-example1.xml", "UBL 2.1 Invoice", "EN 16931 (UBL)")]
    [InlineData("cii/CII_example1.xml", "UN/CEFACT CII D16B", "EN 16931 (CII)")]
    [InlineData("cii/CII_business_example_02.xml", "UN/CEFACT CII D16B", "ZUGFeRD 1.0 COMFORT")]
    [InlineData("oioubl/example_invoice.xml", "OIOUBL 2.1 Invoice", "OIOUBL 2.1")]
    [InlineData("oioubl/parse_happy-path_real.xml", "OIOUBL 2.01 Invoice", "OIOUBL 2.01")]
    [InlineData("oioubl/example_credit-note.xml", "OIOUBL 2.1 CreditNote", "OIOUBL 2.1")]
    [InlineData("zugferd/demodata/zugferd_2p0_BASIC_Einfach.xml", "UN/CEFACT CII D16B", "ZUGFeRD 2.0 BASIC")]
    [InlineData("zugferd/demodata/zugferd_2p1_MINIMUM_Rechnung-factur-x.xml", "UN/CEFACT CII D16B", "ZUGFeRD 2.x / Factur-X MINIMUM")]
    [InlineData("zugferd/BASIC-WL_Einfach/BASIC-WL_Einfach.pdf", "UN/CEFACT CII D16B", "ZUGFeRD 2.x / Factur-X BASIC WL")]
    [InlineData("zugferd/EN16931_Einfach/EN16931_Einfach.pdf", "UN/CEFACT CII D16B", "ZUGFeRD 2.x / Factur-X EN16931")]
    [InlineData("zugferd/EXTENDED_Warenrechnung/EXTENDED_Warenrechnung.pdf", "UN/CEFACT CII D16B", "ZUGFeRD 2.x / Factur-X EXTENDED")]
    [InlineData("zugferd/XRECHNUNG_Einfach/XRECHNUNG_Einfach.pdf", "UN/CEFACT CII D16B", "XRechnung 3.0 (CII)")]
    public void Read_CorpusDocument_NamesSyntaxAndProfile(string path, string syntax, string profile)
    {
        var format = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path))).Format.ShouldNotBeNull();

        format.SyntaxName.ShouldBe(syntax);
        format.Profile.ShouldBe(profile);
    }

    [CorpusFact]
    public void Read_ZugferdPdf_NamesTheEmbeddedFileAndKeepsThePdf()
    {
        var pdf = File.ReadAllBytes(CorpusLocator.PathOf("zugferd/XRECHNUNG_Einfach/XRECHNUNG_Einfach.pdf"));

        var result = InvoiceReader.Read(pdf);

        result.Format.ShouldNotBeNull().EmbeddedFileName.ShouldBe("xrechnung.xml");
        result.Visual.ShouldNotBeNull().Length.ShouldBe(pdf.Length);
    }

    [Fact]
    public void Read_FileNameIsIrrelevant_DetectionUsesContentOnly()
    {
        // Same bytes, whatever a caller might call them: there is no file name parameter at all.
        var ubl = InvoiceReader.Read(TestDocuments.Utf8(TestDocuments.UblInvoice()));

        ubl.Format.ShouldNotBeNull().Syntax.ShouldBe(InvoiceSyntax.Ubl);
    }

    [Fact]
    public void Read_Zugferd1Namespace_ReadsHeaderPartiesLinesAndTotals()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
                xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
                xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
              <rsm:SpecifiedExchangedDocumentContext>
                <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:basic</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:SpecifiedExchangedDocumentContext>
              <rsm:HeaderExchangedDocument>
                <ram:ID>Z1-100</ram:ID>
                <ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20140302</udt:DateTimeString></ram:IssueDateTime>
                <ram:IncludedNote><ram:Content>Rechnung gemäß Bestellung</ram:Content></ram:IncludedNote>
              </rsm:HeaderExchangedDocument>
              <rsm:SpecifiedSupplyChainTradeTransaction>
                <ram:ApplicableSupplyChainTradeAgreement>
                  <ram:BuyerReference>BR-9</ram:BuyerReference>
                  <ram:SellerTradeParty>
                    <ram:Name>Lieferant GmbH</ram:Name>
                    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
                  </ram:SellerTradeParty>
                  <ram:BuyerTradeParty><ram:Name>Kunden AG</ram:Name></ram:BuyerTradeParty>
                  <ram:BuyerOrderReferencedDocument><ram:ID>PO-5</ram:ID></ram:BuyerOrderReferencedDocument>
                </ram:ApplicableSupplyChainTradeAgreement>
                <ram:ApplicableSupplyChainTradeSettlement>
                  <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                  <ram:ApplicableTradeTax>
                    <ram:CalculatedAmount currencyID="EUR">19.00</ram:CalculatedAmount>
                    <ram:TypeCode>VAT</ram:TypeCode>
                    <ram:BasisAmount currencyID="EUR">100.00</ram:BasisAmount>
                    <ram:CategoryCode>S</ram:CategoryCode>
                    <ram:ApplicablePercent>19.00</ram:ApplicablePercent>
                  </ram:ApplicableTradeTax>
                  <ram:SpecifiedTradeSettlementMonetarySummation>
                    <ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount>
                    <ram:TaxBasisTotalAmount currencyID="EUR">100.00</ram:TaxBasisTotalAmount>
                    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
                    <ram:GrandTotalAmount currencyID="EUR">119.00</ram:GrandTotalAmount>
                    <ram:DuePayableAmount currencyID="EUR">119.00</ram:DuePayableAmount>
                  </ram:SpecifiedTradeSettlementMonetarySummation>
                </ram:ApplicableSupplyChainTradeSettlement>
                <ram:IncludedSupplyChainTradeLineItem>
                  <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
                  <ram:SpecifiedSupplyChainTradeAgreement>
                    <ram:NetPriceProductTradePrice><ram:ChargeAmount currencyID="EUR">50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
                  </ram:SpecifiedSupplyChainTradeAgreement>
                  <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">2</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
                  <ram:SpecifiedSupplyChainTradeSettlement>
                    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:ApplicablePercent>19</ram:ApplicablePercent></ram:ApplicableTradeTax>
                    <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
                  </ram:SpecifiedSupplyChainTradeSettlement>
                  <ram:SpecifiedTradeProduct><ram:Name>Trennblätter</ram:Name></ram:SpecifiedTradeProduct>
                </ram:IncludedSupplyChainTradeLineItem>
              </rsm:SpecifiedSupplyChainTradeTransaction>
            </rsm:CrossIndustryDocument>
            """;

        var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

        result.Error.ShouldBeNull();
        result.Format.ShouldNotBeNull().SyntaxName.ShouldBe("ZUGFeRD 1.0 CII");
        result.Format.Profile.ShouldBe("ZUGFeRD 1.0 BASIC");
        var invoice = result.Invoice.ShouldNotBeNull();
        invoice.Number.ShouldBe("Z1-100");
        invoice.IssueDate.ShouldBe(new DateOnly(2014, 3, 2));
        invoice.BuyerReference.ShouldBe("BR-9");
        invoice.PurchaseOrderReference.ShouldBe("PO-5");
        invoice.Seller.VatId.ShouldBe(new Identifier("DE123456789"));
        invoice.Buyer.Name.ShouldBe("Kunden AG");
        invoice.Notes.ShouldHaveSingleItem().Text.ShouldBe("Rechnung gemäß Bestellung");
        invoice.VatBreakdown.ShouldHaveSingleItem().Rate.ShouldBe(19.00m);
        invoice.Totals.Payable.ShouldBe(new Money(119.00m, "EUR"));
        var line = invoice.Lines.ShouldHaveSingleItem();
        line.Quantity.ShouldBe(new Quantity(2, "C62"));
        line.NetAmount.ShouldBe(new Money(100.00m, "EUR"));
        line.Price.ShouldNotBeNull().NetPrice.ShouldBe(new Money(50.00m, "EUR"));
        line.Vat.ShouldNotBeNull().Rate.ShouldBe(19m);
        line.Item.Name.ShouldBe("Trennblätter");
    }
}
