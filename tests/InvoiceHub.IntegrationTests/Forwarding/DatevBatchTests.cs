using System.Runtime.CompilerServices;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Forwarding.Channels.Datev;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>
/// The DATEV booking batch of a sample set against a golden file (checked field by field against
/// ../shared/docs/datev-extf.md; the mapping is explained in docs/datev.md), and against an independent checker of the format rules.
/// </summary>
public sealed class DatevBatchTests
{
    private static readonly DatevHeader _header = new(
        new DateTimeOffset(2026, 11, 2, 14, 4, 40, 439, TimeSpan.Zero), 29098, 55003, new DateOnly(2026, 1, 1), 4,
        new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "InvoiceHub 2026-10", "03");

    private static readonly ForwardingSettings _settings = new()
    {
        DatevConsultantNumber = 29098,
        DatevClientNumber = 55003,
        DatevAccountLength = 4,
        DatevAccounts = DatevMapper.Defaults(DatevChart.Skr03),
    };

    [Fact]
    public void SampleSet_EqualsTheGoldenFile()
    {
        var (file, errors) = DatevBatchWriter.Write(_header, SampleBookings());

        errors.ShouldBeEmpty();
        var golden = GoldenPath();
        if (!File.Exists(golden))
        {
            File.WriteAllBytes(golden, file!);
            Assert.Fail($"Golden file written to {golden}: check it field by field against datev-extf.md, then commit it.");
        }

        file.ShouldBe(File.ReadAllBytes(golden));
    }

    [Fact]
    public void SampleSet_PassesTheIndependentChecker()
    {
        var (file, _) = DatevBatchWriter.Write(_header, SampleBookings());

        DatevChecker.Check(file!).ShouldBeEmpty();
    }

    [Fact]
    public void Checker_FindsBrokenFiles()
    {
        var (file, _) = DatevBatchWriter.Write(_header, SampleBookings());
        var text = DatevBatchWriter.Windows1252.GetString(file!);

        // Negative controls: each damage must be reported, or the checker proves nothing.
        DatevChecker.Check(System.Text.Encoding.UTF8.GetBytes(text)).ShouldNotBeEmpty();
        DatevChecker.Check(DatevBatchWriter.Windows1252.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))).ShouldNotBeEmpty();
        DatevChecker.Check(DatevBatchWriter.Windows1252.GetBytes(text.Replace("1190,00;\"H\"", "1190.00;\"H\"", StringComparison.Ordinal))).ShouldNotBeEmpty();
        DatevChecker.Check(DatevBatchWriter.Windows1252.GetBytes(text.Replace(";700;21;", ";510;21;", StringComparison.Ordinal))).ShouldNotBeEmpty();
        DatevChecker.Check(DatevBatchWriter.Windows1252.GetBytes(text.Replace("\"BEDI", "\"x\";\"BEDI", StringComparison.Ordinal))).ShouldNotBeEmpty();
    }

    [Fact]
    public void BookingTextTooLong_IsAnErrorNotCut()
    {
        var booking = SampleBookings()[0] with { BookingText = new string('x', 61) };

        var (file, errors) = DatevBatchWriter.Write(_header, [booking]);

        file.ShouldBeNull();
        errors.ShouldHaveSingleItem().Message.ShouldContain("Buchungstext");
        errors[0].Message.ShouldContain("61 characters; DATEV allows 60");
    }

    [Fact]
    public void CharacterOutsideWindows1252_IsAnError()
    {
        var booking = SampleBookings()[0] with { BookingText = "Łódź Ω" };

        var (file, errors) = DatevBatchWriter.Write(_header, [booking]);

        file.ShouldBeNull();
        errors.ShouldHaveSingleItem().Message.ShouldContain("Windows-1252");
    }

    [Fact]
    public void InternalNumberWithCharactersDatevRefuses_IsAnError()
    {
        var booking = SampleBookings()[0] with { DocumentField1 = "ER_2026_1" };

        var (_, errors) = DatevBatchWriter.Write(_header, [booking]);

        errors.ShouldHaveSingleItem().Message.ShouldContain("Belegfeld 1");
    }

    [Fact]
    public void MissingDefaultAccount_IsAnErrorNamingDirectionAndRate()
    {
        var (document, invoice) = Purchase("ER-2026-00009", false, "EUR", null, (16m, 100m, 16m));

        var (bookings, errors) = DatevMapper.Map(document, invoice, _settings);

        bookings.ShouldBeEmpty();
        errors.ShouldHaveSingleItem().Message.ShouldContain("purchase invoices at 16 %");
    }

    [Fact]
    public void ColumnNames_AreTheFullListOf125()
    {
        DatevColumns.Names.Count.ShouldBe(125);
        DatevColumns.Names.Distinct().Count().ShouldBe(125);
        DatevColumns.Names[19].ShouldBe("Beleglink");
        DatevColumns.Names[36].ShouldBe("KOST1 - Kostenstelle");
        DatevColumns.Names[114].ShouldBe("Leistungsdatum");
        DatevColumns.Names[116].ShouldBe("Fälligkeit");
        DatevColumns.Names[118].ShouldBe("Steuersatz");
        DatevColumns.Names[119].ShouldBe("Land");
        DatevColumns.Names[124].ShouldBe("Abw. Skontokonto");
    }

    /// <summary>
    /// The sample set: a purchase invoice at 19 % and 7 % from a supplier with its own creditor account, a purchase credit
    /// note, a purchase invoice in US dollars (default creditor), a sales invoice at 19 % and a sales invoice at 0 %.
    /// </summary>
    internal static List<DatevBooking> SampleBookings()
    {
        var samples = new[]
        {
            Purchase("ER-2026-00001", false, "EUR", "70010", (19m, 1000m, 190m), (7m, 200m, 14m)),
            Purchase("ER-2026-00002", true, "EUR", "70010", (19m, 100m, 19m)),
            Purchase("ER-2026-00003", false, "USD", null, (19m, 250.5m, 47.6m)),
            Sales("AR-2026-00001", "Bäckerei Müller – Filiale Süd", (19m, 840.34m, 159.66m)),
            Sales("AR-2026-00002", "Nordlicht \"Export\" GmbH", (0m, 500m, 0m)),
        };
        var bookings = new List<DatevBooking>();
        foreach (var (document, invoice) in samples)
        {
            var (rows, errors) = DatevMapper.Map(document, invoice, _settings);
            errors.ShouldBeEmpty();
            bookings.AddRange(rows);
        }

        return bookings;
    }

    private static (ArchivedDocument, Invoice) Purchase(string number, bool creditNote, string currency, string? account, params (decimal Rate, decimal Net, decimal Tax)[] rates) =>
        Sample(number, Direction.Purchase, creditNote, currency, account, "Nordsee Fisk ApS", rates);

    private static (ArchivedDocument, Invoice) Sales(string number, string customer, params (decimal Rate, decimal Net, decimal Tax)[] rates) =>
        Sample(number, Direction.Sales, false, "EUR", null, customer, rates);

    private static (ArchivedDocument, Invoice) Sample(
        string number, Direction direction, bool creditNote, string currency, string? account, string counterparty, (decimal Rate, decimal Net, decimal Tax)[] rates)
    {
        var serial = (direction == Direction.Purchase ? 100000 : 200000) + int.Parse(number[^5..], System.Globalization.CultureInfo.InvariantCulture);
        var document = new ArchivedDocument
        {
            Id = Guid.Parse($"0199a000-0000-7000-8000-{serial:D12}"),
            TenantId = Guid.Empty,
            Direction = direction,
            InternalNumber = number,
            ArchiveSequence = 1,
            ArchivedAt = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero),
            InvoiceNumber = "INV-" + number[^3..],
            IsCreditNote = creditNote,
            IssueDate = new DateOnly(2026, 10, 5),
            DueDate = new DateOnly(2026, 11, 4),
            Currency = currency,
            CounterpartyName = counterparty,
            PartyAccountNumber = account,
            ContentType = "application/xml",
            Syntax = "UBL",
            Sha256 = new string('0', 64),
        };
        var invoice = new Invoice
        {
            Format = new DocumentFormat(InvoiceSyntax.Ubl, "UBL 2.1 Invoice", "EN 16931"),
            VatBreakdown = new ValueList<VatBreakdown>(rates.Select(r => new VatBreakdown
            {
                Rate = r.Rate,
                CategoryCode = r.Rate == 0 ? "Z" : "S",
                TaxableAmount = new Money(r.Net, currency),
                TaxAmount = new Money(r.Tax, currency),
            })),
        };
        return (document, invoice);
    }

    private static string GoldenPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden", "datev-sample.csv");
}
