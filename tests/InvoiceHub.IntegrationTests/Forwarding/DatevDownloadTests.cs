using System.IO.Compression;
using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Forwarding;

public sealed class DatevDownloadTests(ForwardingFixture fixture) : IClassFixture<ForwardingFixture>
{
    [Fact]
    public async Task MissingConsultantAndClientNumber_422NamingThem()
    {
        var (client, _) = await fixture.NewTenantAsync();

        var response = await client.GetAsync("/api/v1/forwarding/datev?from=2026-10-01&to=2026-10-31");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ShouldBe(["consultantNumber", "clientNumber"]);
    }

    [Fact]
    public async Task BadPeriod_400()
    {
        var (client, _) = await fixture.NewTenantAsync();

        (await client.GetAsync("/api/v1/forwarding/datev?from=2026-10-31&to=2026-10-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/forwarding/datev?from=01.10.2026&to=2026-10-31")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/forwarding/datev?from=2026-10-01&to=2026-10-31&format=xls")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ArchivedInvoices_CsvInWindows1252AndZipWithTheOriginals_MarksNothing()
    {
        var (client, tenantId) = await fixture.NewTenantAsync();
        await fixture.ConfigureAsync(tenantId, s => s with
        {
            DatevConsultantNumber = 29098,
            DatevClientNumber = 55003,
            DatevAccounts = [new(InvoiceHub.Invoices.Contracts.Direction.Purchase, 25m, "3200", "9")],
        });
        var inside = new InvoiceXml { IssueDate = "2026-10-05", SellerName = "Fiskehus Ærø – Süd" };
        await ForwardingFixture.ArchiveAsync(client, inside);
        await ForwardingFixture.ArchiveAsync(client, new InvoiceXml { IssueDate = "2026-11-05" });

        var csv = await client.GetAsync("/api/v1/forwarding/datev?from=2026-10-01&to=2026-10-31&format=csv");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=windows-1252");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        DatevChecker.Check(bytes).ShouldBeEmpty();
        var text = InvoiceHub.Forwarding.Channels.Datev.DatevBatchWriter.Windows1252.GetString(bytes);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldContain(";29098;55003;20260101;4;20261001;20261031;");
        lines.Length.ShouldBe(3); // header, names, the one October invoice
        lines[2].ShouldStartWith("125,00;\"H\";\"DKK\";;;;");
        lines[2].ShouldContain(";3200;\"9\";0510;\"ER-2026-00001\";\"311026\";;");
        lines[2].ShouldContain("Fiskehus Ærø – Süd");

        var zip = await client.GetAsync("/api/v1/forwarding/datev?from=2026-10-01&to=2026-10-31");
        zip.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        archive.Entries.Select(e => e.FullName).ShouldBe(["EXTF_Buchungsstapel_20261001_20261031.csv", "ER-2026-00001.xml"]);
        archive.Entries.ShouldAllBe(e => !e.FullName.Contains('/'));

        (await fixture.DeliveriesAsync(tenantId)).ShouldBeEmpty();
    }
}
