using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InvoiceHub.EInvoicing.Tests;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>What intake decides beyond reading: resends with other metadata, a contradicted direction, booking aids, PDFs sent as XML.</summary>
public sealed class IntakeDecisionTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Theory]
    [InlineData("direction=sales", "direction sales (was purchase)")]
    [InlineData("paymentStatus=paid", "payment status paid (was unknown)")]
    [InlineData("externalId=billing-2", "external id 'billing-2' (was 'billing-1')")]
    public async Task Resend_OfTheSameBytesWithOtherMetadata_Is409NamingTheEarlierDocument(string query, string difference)
    {
        using var client = fixture.CreateConnectorClient();
        var bytes = new InvoiceXml().ToBytes();
        var first = await client.PostAsync("/api/v1/documents?direction=purchase&externalId=billing-1", ConnectorFixture.Xml(bytes));
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var firstId = (await ReadAsync(first)).GetProperty("id").GetString();

        var again = await client.PostAsync($"/api/v1/documents?{query}", ConnectorFixture.Xml(bytes));

        await again.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await ReadAsync(again);
        problem.GetProperty("existingDocumentId").GetString().ShouldBe(firstId);
        problem.GetProperty("detail").GetString()!.ShouldContain(difference);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.documents WHERE id = '{firstId}' AND external_id = 'billing-1' AND direction = 'Purchase'"))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Resend_OfTheSameBytesWithTheSameOrNoMetadata_Is200WithTheEarlierDocument()
    {
        using var client = fixture.CreateConnectorClient();
        var bytes = new InvoiceXml().ToBytes();
        var first = await ReadAsync(await client.PostAsync("/api/v1/documents?direction=purchase&externalId=billing-7", ConnectorFixture.Xml(bytes)));

        var same = await client.PostAsync("/api/v1/documents?direction=purchase&externalId=billing-7", ConnectorFixture.Xml(bytes));
        var bare = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));

        await same.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await bare.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await ReadAsync(same)).GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
        (await ReadAsync(bare)).GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
    }

    [Fact]
    public async Task StatedPurchase_WhenTheBuyerIsNotTheTenant_WaitsWithDirectionMismatch()
    {
        using var client = fixture.CreateConnectorClient();
        var invoice = new InvoiceXml { BuyerVatId = "DE" + InvoiceXml.RandomDigits(9) };

        var response = await client.PostAsync("/api/v1/documents?direction=purchase", ConnectorFixture.Xml(invoice.ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = await ReadAsync(response);
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        document.GetProperty("direction").GetString().ShouldBe("purchase");
        var reason = document.GetProperty("reasons").EnumerateArray().ShouldHaveSingleItem();
        reason.GetProperty("code").GetString().ShouldBe("direction-mismatch");
        reason.GetProperty("message").GetString()!.ShouldContain(invoice.BuyerVatId!);
    }

    [Fact]
    public async Task StatedSales_WhenTheBuyerIsTheTenant_WaitsWithDirectionMismatch()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents?direction=sales", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));

        var document = await ReadAsync(response);
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(document).ShouldBe(["direction-mismatch"]);
    }

    [Fact]
    public async Task StatedDirection_ThatTheTenantsIdentifiersConfirm_IsArchived()
    {
        using var client = fixture.CreateConnectorClient();

        var purchase = await ReadAsync(await client.PostAsync("/api/v1/documents?direction=purchase", ConnectorFixture.Xml(new InvoiceXml().ToBytes())));
        var sale = await ReadAsync(await client.PostAsync("/api/v1/documents?direction=sales", ConnectorFixture.Xml(InvoiceXml.FromUs().ToBytes())));

        purchase.GetProperty("status").GetString().ShouldBe("archived");
        sale.GetProperty("status").GetString().ShouldBe("archived");
        sale.GetProperty("direction").GetString().ShouldBe("sales");
    }

    [Fact]
    public async Task ZugferdMinimum_IsMarkedBookingAidOnly_AndArchivedWhenTheTenantDoesNotHoldThem()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(BookingAid("urn:factur-x.eu:1p0:minimum")));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = await ReadAsync(response);
        document.GetProperty("bookingAidOnly").GetBoolean().ShouldBeTrue();
        document.GetProperty("status").GetString().ShouldBe("archived");
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_booking_aid_only FROM invoices.documents WHERE id = '{document.GetProperty("id").GetString()}'"))
            .ShouldBeTrue();
    }

    [Theory]
    [InlineData("urn:factur-x.eu:1p0:minimum")]
    [InlineData("urn:factur-x.eu:1p0:basicwl")]
    public async Task BookingAid_WhenTheTenantHoldsThem_WaitsWithBookingAidOnly(string specification)
    {
        await fixture.ChangeSettingsAsync(s => s.HoldBookingAids = true);
        try
        {
            using var client = fixture.CreateConnectorClient();

            var document = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(BookingAid(specification))));
            var invoice = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes())));

            document.GetProperty("status").GetString().ShouldBe("in_progress");
            Codes(document).ShouldBe(["booking-aid-only"]);
            document.GetProperty("bookingAidOnly").GetBoolean().ShouldBeTrue();
            invoice.GetProperty("status").GetString().ShouldBe("archived");
            invoice.GetProperty("bookingAidOnly").GetBoolean().ShouldBeFalse();
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.HoldBookingAids = false);
        }
    }

    [Fact]
    public async Task PdfSentWithAnXmlContentType_IsStoredAndServedBackAsPdf()
    {
        using var client = fixture.CreateConnectorClient();
        var pdf = TestPdf.Create("factur-x.xml", new InvoiceXml().ToBytes());

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(pdf));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = await ReadAsync(response);
        document.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        var original = await client.GetAsync($"/api/v1/documents/{document.GetProperty("id").GetString()}/original");
        await original.ShouldHaveStatusAsync(HttpStatusCode.OK);
        original.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        original.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldEndWith(".pdf");
        (await original.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }

    [Fact]
    public async Task XmlSentWithAPdfContentType_IsStoredAsXml()
    {
        using var client = fixture.CreateConnectorClient();
        var content = new ByteArrayContent(new InvoiceXml().ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var document = await ReadAsync(await client.PostAsync("/api/v1/documents", content));

        document.GetProperty("contentType").GetString().ShouldBe("application/xml");
    }

    [Fact]
    public async Task InvoiceAndCreditNote_WithOneNumberFromOneSupplier_AreNotDuplicates()
    {
        await fixture.ChangeSettingsAsync(s => s.BlockDuplicates = true);
        using var client = fixture.CreateConnectorClient();
        var invoice = new InvoiceXml();

        var first = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        var creditNote = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml((invoice with { TypeCode = "381", Net = 40m }).ToBytes()));
        var secondInvoice = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml((invoice with { Net = 41m }).ToBytes()));

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await creditNote.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var credit = await ReadAsync(creditNote);
        credit.GetProperty("isCreditNote").GetBoolean().ShouldBeTrue();
        credit.GetProperty("status").GetString().ShouldBe("archived");
        await secondInvoice.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
    }

    /// <summary>A ZUGFeRD / Factur-X MINIMUM or BASIC WL CII document to the test tenant (our own, modelled on the profile).</summary>
    private static byte[] BookingAid(string specification)
    {
        var number = "BA-" + Guid.NewGuid().ToString("N")[..8];
        return Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocumentContext>
                <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{specification}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument>
                <ram:ID>{number}</ram:ID>
                <ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20261201</udt:DateTimeString></ram:IssueDateTime>
              </rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:ApplicableHeaderTradeAgreement>
                  <ram:SellerTradeParty>
                    <ram:Name>Lieferant GmbH</ram:Name>
                    <ram:PostalTradeAddress><ram:PostcodeCode>80333</ram:PostcodeCode><ram:CityName>München</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
                    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE{InvoiceXml.RandomDigits(9)}</ram:ID></ram:SpecifiedTaxRegistration>
                  </ram:SellerTradeParty>
                  <ram:BuyerTradeParty>
                    <ram:Name>Nordlicht Handel GmbH</ram:Name>
                    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{ConnectorFixture.OwnVatId}</ram:ID></ram:SpecifiedTaxRegistration>
                  </ram:BuyerTradeParty>
                </ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeDelivery/>
                <ram:ApplicableHeaderTradeSettlement>
                  <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                  <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
                    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
                    <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
                    <ram:DuePayableAmount>119.00</ram:DuePayableAmount>
                  </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                </ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
