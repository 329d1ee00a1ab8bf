using System.Globalization;
using System.Text.Json;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;

namespace InvoiceHub.EInvoicing.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("invoicehub-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_Json_WritesOneCamelCaseLinePerFile()
    {
        var first = Write("a.xml", TestDocuments.UblInvoice(number: "A-1"));
        var second = Write("b.xml", TestDocuments.UblInvoice(number: "B-2"));

        var run = CliRun.Of("parse", first, second, "--json");

        run.ExitCode.ShouldBe(0);
        var lines = run.OutputLines;
        lines.Length.ShouldBe(2);
        using var json = JsonDocument.Parse(lines[1]);
        var root = json.RootElement;
        root.GetProperty("file").GetString().ShouldBe(second);
        root.GetProperty("syntax").GetString().ShouldBe("UBL 2.1 Invoice");
        root.GetProperty("profile").GetString().ShouldBe("EN 16931 (UBL)");
        root.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        var invoice = root.GetProperty("invoice");
        invoice.GetProperty("number").GetString().ShouldBe("B-2");
        invoice.GetProperty("issueDate").GetString().ShouldBe("2024-03-01");
        invoice.GetProperty("typeCode").GetString().ShouldBe("380");
        invoice.GetProperty("currency").GetString().ShouldBe("EUR");
        invoice.GetProperty("buyerReference").ValueKind.ShouldBe(JsonValueKind.Null);
        invoice.GetProperty("seller").GetProperty("name").GetString().ShouldBe("Seller AG");
        invoice.GetProperty("seller").GetProperty("vatId").ValueKind.ShouldBe(JsonValueKind.Null);
        invoice.GetProperty("buyer").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        invoice.GetProperty("lines").GetArrayLength().ShouldBe(1);
        invoice.GetProperty("lines")[0].GetProperty("netAmount").GetDecimal().ShouldBe(100.00m);
        var totals = invoice.GetProperty("totals");
        totals.GetProperty("payable").ValueKind.ShouldBe(JsonValueKind.Number);
        totals.GetProperty("payable").GetDecimal().ShouldBe(119.00m);
        totals.GetProperty("lineNet").ValueKind.ShouldBe(JsonValueKind.Null);
        totals.TryGetProperty("taxExclusive", out _).ShouldBeTrue();
        totals.TryGetProperty("tax", out _).ShouldBeTrue();
        totals.TryGetProperty("taxInclusive", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("urn:cen.eu:en16931:2017")]
    [InlineData("OIOUBL-2.1")]
    public void Parse_Json_ShowsTheBuyersSupplierAssignedAccountId(string customization)
    {
        var xml = TestDocuments.UblInvoice()
            .Replace("urn:cen.eu:en16931:2017", customization, StringComparison.Ordinal)
            .Replace("<cac:LegalMonetaryTotal>", """
                <cac:AccountingCustomerParty>
                  <cbc:SupplierAssignedAccountID>K-4711</cbc:SupplierAssignedAccountID>
                  <cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Kommune, skole</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party>
                </cac:AccountingCustomerParty>
                <cac:LegalMonetaryTotal>
                """, StringComparison.Ordinal);
        var file = Write("assigned.xml", xml);

        var run = CliRun.Of("parse", "--json", file);

        run.ExitCode.ShouldBe(0);
        var invoice = JsonDocument.Parse(run.OutputLines.ShouldHaveSingleItem()).RootElement.GetProperty("invoice");
        invoice.GetProperty("buyer").GetProperty("supplierAssignedAccountId").GetString().ShouldBe("K-4711");
        invoice.GetProperty("buyer").GetProperty("name").GetString().ShouldBe("Kommune, skole");
        invoice.GetProperty("seller").GetProperty("supplierAssignedAccountId").ValueKind.ShouldBe(JsonValueKind.Null);
        invoice.GetProperty("bookingAidOnly").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Parse_Json_WithoutSupplierAssignedAccountId_ShowsNull()
    {
        var file = Write("plain.xml", TestDocuments.UblInvoice());

        var run = CliRun.Of("parse", "--json", file);

        JsonDocument.Parse(run.OutputLines.ShouldHaveSingleItem()).RootElement.GetProperty("invoice").GetProperty("buyer")
            .GetProperty("supplierAssignedAccountId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Parse_Json_MarksZugferdMinimumAsBookingAidOnly()
    {
        var file = Write("minimum.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument><ram:ID>MIN-1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261201</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>S</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode></ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """);

        var run = CliRun.Of("parse", "--json", file);

        JsonDocument.Parse(run.OutputLines.ShouldHaveSingleItem()).RootElement.GetProperty("invoice").GetProperty("bookingAidOnly").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Parse_WhenOneFileIsUnreadable_ReportsItsErrorAndExitsOne()
    {
        var good = Write("good.xml", TestDocuments.UblInvoice());
        var bad = Write("bad.xml", "<Invoice><unclosed>");
        var missing = Path.Combine(_folder, "missing.xml");

        var run = CliRun.Of("parse", "--json", good, bad, missing);

        run.ExitCode.ShouldBe(1);
        var records = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Count.ShouldBe(3);
        records[0].GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        records[1].GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("malformed XML");
        records[1].GetProperty("invoice").ValueKind.ShouldBe(JsonValueKind.Null);
        records[2].GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("cannot open file");
    }

    [Fact]
    public void Parse_WithoutJson_PrintsReadableSummary()
    {
        var file = Write("a.xml", TestDocuments.UblInvoice(number: "SUM-7"));

        var run = CliRun.Of("parse", file);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Invoice SUM-7 (type 380) of 2024-03-01, EUR");
        run.Output.ShouldContain("Seller: Seller AG");
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "frobnicate" }, 2)]
    [InlineData(new[] { "parse" }, 2)]
    [InlineData(new[] { "parse", "x.xml", "--yaml" }, 2)]
    [InlineData(new[] { "--help" }, 0)]
    public void Run_WithBadUsage_ExitsTwo(string[] args, int expectedExitCode) =>
        CliRun.Of(args).ExitCode.ShouldBe(expectedExitCode);

    [CorpusFact]
    public void Parse_Json_WholeCorpusInOneCall_MatchesManifest()
    {
        var paths = Manifest.Entries.Keys.Order(StringComparer.Ordinal).ToList();

        var run = CliRun.Of(["parse", "--json", .. paths.Select(CorpusLocator.PathOf)]);

        run.ExitCode.ShouldBe(0);
        var lines = run.OutputLines;
        lines.Length.ShouldBe(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var entry = Manifest.Entries[paths[i]];
            var invoice = JsonDocument.Parse(lines[i]).RootElement.GetProperty("invoice");
            invoice.GetProperty("number").GetString().ShouldBe(entry.Text("invoice_number"), paths[i]);
            invoice.GetProperty("issueDate").GetString().ShouldBe(entry.Text("issue_date"), paths[i]);
            invoice.GetProperty("seller").GetProperty("vatId").GetString().ShouldBe(entry.Text("seller_vat_id"), paths[i]);
            invoice.GetProperty("lines").GetArrayLength().ShouldBe(entry.GetProperty("line_count").GetInt32(), paths[i]);
            var payable = invoice.GetProperty("totals").GetProperty("payable");
            var expected = entry.Text("amount_due");
            if (expected is null)
            {
                payable.ValueKind.ShouldBe(JsonValueKind.Null, paths[i]);
            }
            else
            {
                payable.GetDecimal().ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture), paths[i]);
            }
        }
    }

    [Fact]
    public void Convert_ToCii_WritesADocumentThatReadsBackEqual()
    {
        var file = Write("a.xml", TestDocuments.UblInvoice(number: "CONV-1"));
        var target = Path.Combine(_folder, "a.cii.xml");

        var run = CliRun.Of("convert", file, "--to", "cii", "--output", target);

        run.ExitCode.ShouldBe(0);
        var original = InvoiceReader.Read(File.ReadAllBytes(file)).Invoice.ShouldNotBeNull();
        var converted = InvoiceReader.Read(File.ReadAllBytes(target)).Invoice.ShouldNotBeNull();
        converted.Format.Syntax.ShouldBe(Model.InvoiceSyntax.Cii);
        (converted with { Format = original.Format, UblVersion = original.UblVersion }).ShouldBe(original);
    }

    [Fact]
    public void Convert_ToUblOnStandardOutput_PrintsUbl()
    {
        var file = Write("a.xml", TestDocuments.UblInvoice());

        var run = CliRun.Of("convert", file, "--to", "ubl");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"");
        run.Output.ShouldContain("<cbc:ID>INV-1</cbc:ID>");
    }

    [Fact]
    public void Convert_WithUnknownTarget_ExitsTwo() =>
        CliRun.Of("convert", "a.xml", "--to", "pdf").ExitCode.ShouldBe(2);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
