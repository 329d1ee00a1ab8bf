using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Tests.Hostile;

/// <summary>PDFs: embedded invoice XML is found by name, other PDFs get a clear result.</summary>
public sealed class PdfTests
{
    [Fact]
    public void Read_PdfWithoutEmbeddedXml_NeedsOcrAndKeepsThePdf()
    {
        var pdf = TestPdf.Create();

        var result = InvoiceReader.Read(pdf);

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ReadErrorKind.NoStructuredData);
        error.Message.ShouldStartWith("no structured data; needs OCR");
        result.Visual.ShouldNotBeNull().Length.ShouldBe(pdf.Length);
    }

    [Fact]
    public void Read_PdfWithOtherEmbeddedFile_NeedsOcr()
    {
        var result = InvoiceReader.Read(TestPdf.Create("notes.txt", TestDocuments.Utf8("hello")));

        result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.NoStructuredData);
    }

    [Theory]
    [InlineData("factur-x.xml")]
    [InlineData("zugferd-invoice.xml")]
    [InlineData("ZUGFeRD-invoice.xml")]
    [InlineData("xrechnung.xml")]
    public void Read_PdfWithEmbeddedInvoiceXml_ReadsItAndKeepsThePdf(string fileName)
    {
        var pdf = TestPdf.Create(fileName, TestDocuments.Utf8(TestDocuments.UblInvoice(number: "PDF-42")));

        var result = InvoiceReader.Read(pdf);

        result.Error.ShouldBeNull();
        result.Invoice.ShouldNotBeNull().Number.ShouldBe("PDF-42");
        result.Format.ShouldNotBeNull().Container.ShouldBe(DocumentContainer.Pdf);
        result.Format.EmbeddedFileName.ShouldBe(fileName);
        result.Visual.ShouldNotBeNull().Length.ShouldBe(pdf.Length);
    }

    [Fact]
    public void Read_PasswordEncryptedPdf_IsReportedAsEncrypted()
    {
        var pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf"));

        var result = InvoiceReader.Read(pdf);

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ReadErrorKind.EncryptedPdf);
        error.Message.ShouldContain("encrypted");
    }

    [Theory]
    [InlineData("owner-only-aes256.pdf")]
    [InlineData("owner-only-rc4.pdf")]
    public void Read_PdfEncryptedWithAnOwnerPasswordOnly_OpensAndReadsTheEmbeddedXml(string fixture)
    {
        var pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));

        var result = InvoiceReader.Read(pdf);

        result.Error.ShouldBeNull();
        result.Invoice.ShouldNotBeNull().Number.ShouldBe("OWNER-ONLY-1");
        result.Invoice.Seller.Name.ShouldBe("Verschlossen GmbH");
        result.Format.ShouldNotBeNull().Container.ShouldBe(DocumentContainer.Pdf);
    }

    [Fact]
    public void Read_DamagedPdf_IsAResultNotAnException()
    {
        var pdf = TestPdf.Create();
        var damaged = pdf[..(pdf.Length / 2)];

        var result = InvoiceReader.Read(damaged);

        result.Invoice.ShouldBeNull();
        result.Error.ShouldNotBeNull().Kind.ShouldBeOneOf(ReadErrorKind.InvalidPdf, ReadErrorKind.NoStructuredData, ReadErrorKind.InvalidDocument);
    }
}
