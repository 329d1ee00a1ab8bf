using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Archive;

/// <summary>GET /api/v1/documents/{id}/rendered: the Razor partial that the detail page shows too.</summary>
public sealed class InvoiceRenderingTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Rendered_ShowsPartiesLinesVatTotalsPaymentAndNotes()
    {
        using var client = fixture.CreateConnectorClient();
        var number = "R-" + InvoiceXml.RandomDigits(6);
        var id = await PushAsync(client, new InvoiceXml { Number = number, ItemName = "Smoked herring", Note = "Deliver to gate 4" });

        var response = await client.GetAsync($"/api/v1/documents/{id}/rendered");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain($"<h1>Invoice {number}</h1>");
        html.ShouldContain("Nordsee Fisk ApS");
        html.ShouldContain("Nordlicht Handel GmbH");
        html.ShouldContain("Smoked herring");
        html.ShouldContain("Deliver to gate 4");
        html.ShouldContain("DK5000400440116243");
        html.ShouldContain("VAT breakdown");
        html.ShouldContain("125.00 DKK");
        html.ShouldContain("archived as");
        html.ShouldContain("/css/invoice-rendering.css");
        // Its stylesheet may load; nothing may run (no script-src, so default-src 'none' forbids every script).
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("style-src 'self'");
        policy.ShouldContain("default-src 'none'");
        policy.ShouldNotContain("script-src");
    }

    [Fact]
    public async Task Rendered_ScriptInPartyNameLineAndNote_IsShownAsText()
    {
        using var client = fixture.CreateConnectorClient();
        const string script = "<script>alert(1)</script>";
        var id = await PushAsync(client, new InvoiceXml
        {
            SellerName = script + " Evil ApS",
            ItemName = "<img src=x onerror=alert(2)>",
            Note = "\"><script>alert(3)</script>",
        });

        var html = await (await client.GetAsync($"/api/v1/documents/{id}/rendered")).Content.ReadAsStringAsync();

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; Evil ApS");
        html.ShouldContain("&lt;img src=x onerror=alert(2)&gt;");
        html.ShouldContain("&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    }

    private static async Task<string> PushAsync(HttpClient client, InvoiceXml invoice)
    {
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }
}
