using System.Globalization;
using System.IO.Compression;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>Builds a batch for a set of archived documents: the CSV, and the ZIP with the CSV and the originals.</summary>
internal sealed class DatevBatchBuilder(IArchivedDocuments archive, TimeProvider clock)
{
    /// <summary>The settings a batch cannot be made without, by name, when missing.</summary>
    public static IReadOnlyList<string> MissingSettings(ForwardingSettings? settings)
    {
        var missing = new List<string>();
        if (settings?.DatevConsultantNumber is not (>= 1001 and <= 9999999))
        {
            missing.Add("consultantNumber");
        }

        if (settings?.DatevClientNumber is not (>= 1 and <= 99999))
        {
            missing.Add("clientNumber");
        }

        return missing;
    }

    public async Task<DatevBatch> BuildAsync(
        ForwardingSettings settings, IReadOnlyList<ArchivedDocument> documents, DateOnly from, DateOnly to, bool zip, CancellationToken cancellationToken)
    {
        var fiscalYear = new DateOnly(from.Month >= settings.DatevFiscalYearStartMonth ? from.Year : from.Year - 1, settings.DatevFiscalYearStartMonth, 1);
        var header = new DatevHeader(clock.GetUtcNow(), settings.DatevConsultantNumber!.Value, settings.DatevClientNumber!.Value, fiscalYear,
            settings.DatevAccountLength, from, to, "InvoiceHub " + from.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            settings.DatevChart == DatevChart.Skr04 ? "04" : "03");
        var bookings = new List<DatevBooking>();
        var errors = new List<DatevError>();
        var originals = new List<(ArchivedDocument Document, byte[] Bytes)>();
        foreach (var document in documents)
        {
            var original = await archive.ReadOriginalAsync(document, cancellationToken);
            if (original is null)
            {
                errors.Add(new DatevError(document.InternalNumber, "The original is missing from the document store."));
                continue;
            }

            var (rows, rowErrors) = DatevMapper.Map(document, InvoiceReader.Read(original).Invoice, settings);
            // Each document's rows are checked on their own, so one value that does not fit keeps only its own
            // document out of the batch (as an export error), not the whole day.
            if (rowErrors.Count == 0)
            {
                rowErrors = DatevBatchWriter.Write(header, rows).Errors;
            }

            if (rowErrors.Count == 0)
            {
                bookings.AddRange(rows);
                originals.Add((document, original));
            }
            else
            {
                errors.AddRange(rowErrors);
            }
        }

        var name = $"EXTF_Buchungsstapel_{from:yyyyMMdd}_{to:yyyyMMdd}";
        var (csv, writeErrors) = DatevBatchWriter.Write(header, bookings);
        if (csv is null)
        {
            return new DatevBatch(name, null, null, [.. errors, .. writeErrors], []);
        }

        return new DatevBatch(name, csv, zip ? Zip(name, csv, originals) : null, errors, [.. originals.Select(o => o.Document.Id)]);
    }

    private static byte[] Zip(string name, byte[] csv, List<(ArchivedDocument Document, byte[] Bytes)> originals)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Flat: DATEV's document transfer refuses ZIPs with folders.
            Add(archive, name + ".csv", csv);
            foreach (var (document, bytes) in originals)
            {
                Add(archive, document.FileName, bytes);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
