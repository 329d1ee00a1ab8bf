using System.Text;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Tests.Hostile;

/// <summary>Hostile and broken XML ends in a result with a message, never in an exception, a file read or a hang.</summary>
public sealed class HostileXmlTests
{
    private const string InvoiceOpen = $"""<Invoice xmlns="{TestDocuments.UblNamespace}" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">""";

    [Fact]
    public void Read_WithExternalEntity_RefusesDtdAndDoesNotReadTheFile()
    {
        var secretFile = Path.GetTempFileName();
        File.WriteAllText(secretFile, "TOP-SECRET-MARKER");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file://{secretFile}"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
                {InvoiceOpen}<cbc:ID>&xxe;&net;</cbc:ID></Invoice>
                """;

            var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

            result.Invoice.ShouldBeNull();
            result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.DtdProhibited);
            result.Error.Message.ShouldNotContain("TOP-SECRET-MARKER");
            result.Error.Message.ShouldContain("DTD");
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void Read_EntityExpansionBomb_IsRefusedQuickly()
    {
        var entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (var i = 1; i <= 10; i++)
        {
            entities.Append(FormattableString.Invariant($"<!ENTITY a{i} \"&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};\">"));
        }

        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE Invoice [{entities}]>{InvoiceOpen}<cbc:ID>&a10;</cbc:ID></Invoice>";
        var started = DateTime.UtcNow;

        var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

        result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.DtdProhibited);
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Read_200MegabyteDocument_IsRefusedAtTheLimitWithoutReadingItWhole()
    {
        const long size = 200L * 1024 * 1024;
        using var stream = new GeneratedStream(InvoiceOpen + "<cbc:Note>", "0123456789abcdef", size);
        var options = new ReadOptions { MaxXmlBytes = 4 * 1024 * 1024 };

        var result = InvoiceReader.Read(stream, options);

        result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.LimitExceeded);
        result.Error.Message.ShouldContain("4,194,304 bytes");
        result.Error.Element.ShouldBe("Note");
        stream.BytesServed.ShouldBeLessThan(options.MaxXmlBytes + (1024 * 1024));
    }

    [Fact]
    public void Read_200MegabyteDocument_IsRefusedByTheDefaultLimit()
    {
        const long size = 200L * 1024 * 1024;
        using var stream = new GeneratedStream(InvoiceOpen, "<cbc:Note>x</cbc:Note>", size);

        var result = InvoiceReader.Read(stream);

        result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.LimitExceeded);
        stream.BytesServed.ShouldBeLessThan(ReadOptions.Default.MaxXmlBytes + (1024 * 1024));
    }

    [Fact]
    public void Read_TooManyElements_IsRefusedNamingElementAndLine()
    {
        using var stream = new GeneratedStream(InvoiceOpen + "\n", "<cbc:Note>x</cbc:Note>\n", 10L * 1024 * 1024);

        var result = InvoiceReader.Read(stream, new ReadOptions { MaxElements = 1000 });

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ReadErrorKind.LimitExceeded);
        error.Element.ShouldBe("Note");
        error.Line.ShouldBe(1001);
        error.Message.ShouldContain("line 1001");
    }

    [Fact]
    public void Read_DeeplyNestedDocument_IsRefused()
    {
        var xml = InvoiceOpen + string.Concat(Enumerable.Repeat("<x>", 5000)) + string.Concat(Enumerable.Repeat("</x>", 5000)) + "</Invoice>";

        var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

        result.Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.LimitExceeded);
        result.Error.Message.ShouldContain("nested deeper than 64");
    }

    [Fact]
    public void Read_TruncatedXml_ReportsElementAndLine()
    {
        var full = TestDocuments.UblInvoice();
        var truncated = full[..full.IndexOf("<cbc:Name>", StringComparison.Ordinal)];

        var result = InvoiceReader.Read(TestDocuments.Utf8(truncated));

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ReadErrorKind.MalformedXml);
        error.Element.ShouldBe("Item");
        error.Line.ShouldNotBeNull().ShouldBeGreaterThan(15);
        error.Message.ShouldContain("<Item>");
    }

    [Fact]
    public void Read_UnknownNamespace_IsUnknownFormatNamingTheRoot()
    {
        var xml = TestDocuments.UblInvoice().Replace(TestDocuments.UblNamespace, "urn:example:not-an-invoice", StringComparison.Ordinal);

        var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ReadErrorKind.UnknownFormat);
        error.Message.ShouldContain("urn:example:not-an-invoice");
        error.Element.ShouldBe("Invoice");
    }

    [Fact]
    public void Read_EmptyInput_IsEmpty() =>
        InvoiceReader.Read([]).Error.ShouldNotBeNull().Kind.ShouldBe(ReadErrorKind.Empty);

    [Fact]
    public void Read_BadAmount_StillReadsAndWarnsWithLine()
    {
        var xml = TestDocuments.UblInvoice().Replace(">119.00<", ">12O.00<", StringComparison.Ordinal);

        var result = InvoiceReader.Read(TestDocuments.Utf8(xml));

        var invoice = result.Invoice.ShouldNotBeNull();
        invoice.Number.ShouldBe("INV-1");
        invoice.Totals.Payable.ShouldBeNull();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Element.ShouldBe("PayableAmount");
        warning.Message.ShouldContain("12O.00");
    }

    public static TheoryData<string, bool> Encodings() => new()
    {
        { "utf-8", false },
        { "utf-8", true },
        { "utf-16LE", true },
        { "utf-16BE", true },
        { "utf-16LE", false },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_EncodingAndBomVariants_ReadNonAsciiNames(string encodingName, bool withBom)
    {
        const string name = "Müller & Søn ÆØÅ — 株式会社";
        var encoding = Encoding.GetEncoding(encodingName);
        var declared = encodingName.StartsWith("utf-16", StringComparison.Ordinal) ? "UTF-16" : "UTF-8";
        var xml = TestDocuments.UblInvoice(name.Replace("&", "&amp;", StringComparison.Ordinal))
            .Replace("encoding=\"UTF-8\"", $"encoding=\"{declared}\"", StringComparison.Ordinal);
        byte[] bytes = [.. (withBom ? encoding.GetPreamble() : []), .. encoding.GetBytes(xml)];

        var result = InvoiceReader.Read(bytes);

        result.Error.ShouldBeNull();
        result.Invoice.ShouldNotBeNull().Seller.Name.ShouldBe(name);
    }

    [Fact]
    public void Read_ConcurrentlyFromManyThreads_GivesIdenticalModels()
    {
        var bytes = TestDocuments.Utf8(TestDocuments.UblInvoice());
        var expected = InvoiceReader.Read(bytes).Invoice;

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => InvoiceReader.Read(bytes).Invoice).ToList();

        results.ShouldAllBe(r => r == expected);
    }
}
