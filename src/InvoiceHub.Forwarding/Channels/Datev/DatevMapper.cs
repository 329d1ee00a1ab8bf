using System.Globalization;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>
/// Books an archived invoice the way docs/datev.md describes: one row per VAT rate of its VAT breakdown, the gross
/// amount of that rate on the person account (creditor for purchases, debtor for sales) against the tenant's default
/// account and tax key for that direction and rate; a credit note swaps debit and credit.
/// </summary>
internal static class DatevMapper
{
    public static (IReadOnlyList<DatevBooking> Bookings, IReadOnlyList<DatevError> Errors) Map(ArchivedDocument document, Invoice? invoice, ForwardingSettings settings)
    {
        var errors = new List<DatevError>();
        var bookings = new List<DatevBooking>();
        if (document.IssueDate is not { } issueDate)
        {
            return ([], [new DatevError(document.InternalNumber, "The invoice has no issue date (Belegdatum).")]);
        }

        if (invoice is null || invoice.VatBreakdown.Count == 0)
        {
            return ([], [new DatevError(document.InternalNumber, "The invoice has no VAT breakdown to book.")]);
        }

        var personAccount = PersonAccount(document, settings);
        var currency = string.IsNullOrEmpty(document.Currency) || document.Currency == "EUR" ? null : document.Currency;
        foreach (var vat in invoice.VatBreakdown.Where(v => v.TaxScheme is null or "VAT" or "63"))
        {
            var rate = vat.Rate ?? 0m;
            var gross = (vat.TaxableAmount?.Amount ?? 0m) + (vat.TaxAmount?.Amount ?? 0m);
            if (gross == 0m)
            {
                continue;
            }

            var rule = settings.DatevAccounts.FirstOrDefault(r => r.Direction == document.Direction && r.Rate == rate);
            if (rule is null)
            {
                errors.Add(new DatevError(document.InternalNumber,
                    $"No default account for {document.Direction.ToString().ToLowerInvariant()} invoices at {rate.ToString("0.##", CultureInfo.InvariantCulture)} % VAT in the DATEV settings."));
                continue;
            }

            // Purchase: the creditor is credited (H); sales: the debtor is debited (S). A credit note, or a negative
            // amount within an invoice, books the other way round.
            var credit = document.Direction == Direction.Purchase;
            if (document.IsCreditNote)
            {
                credit = !credit;
            }

            if (gross < 0)
            {
                credit = !credit;
            }

            bookings.Add(new DatevBooking
            {
                Amount = Math.Abs(gross),
                DebitCredit = credit ? 'H' : 'S',
                Currency = currency,
                Account = personAccount,
                ContraAccount = rule.Account,
                TaxKey = string.IsNullOrEmpty(rule.TaxKey) ? null : rule.TaxKey,
                DocumentDate = issueDate,
                DocumentField1 = document.InternalNumber,
                DocumentField2 = document.DueDate?.ToString("ddMMyy", CultureInfo.InvariantCulture),
                BookingText = BookingText(document),
                DocumentLink = $"BEDI \"{document.Id}\"",
            });
        }

        return (bookings, errors);
    }

    /// <summary>The party's own account number when it has the length of a person account, else the default creditor / debtor.</summary>
    public static string PersonAccount(ArchivedDocument document, ForwardingSettings settings)
    {
        var length = settings.DatevAccountLength + 1;
        if (document.PartyAccountNumber is { } own && own.Length == length && own.All(char.IsAsciiDigit))
        {
            return own;
        }

        return (document.Direction == Direction.Purchase ? "7" : "1").PadRight(length, '0');
    }

    private static string BookingText(ArchivedDocument document) =>
        string.Join(' ', new[] { document.CounterpartyName, document.InvoiceNumber }.Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => string.Join(' ', s!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>Default accounts of a chart: the usual goods-purchase and revenue accounts with explicit tax keys.</summary>
    public static List<DatevAccountRule> Defaults(DatevChart chart)
    {
        var (purchase, sales) = chart == DatevChart.Skr04 ? ("5200", "4200") : ("3200", "8200");
        return
        [
            new() { Direction = Direction.Purchase, Rate = 19m, Account = purchase, TaxKey = "9" },
            new() { Direction = Direction.Purchase, Rate = 7m, Account = purchase, TaxKey = "8" },
            new() { Direction = Direction.Purchase, Rate = 0m, Account = purchase },
            new() { Direction = Direction.Sales, Rate = 19m, Account = sales, TaxKey = "3" },
            new() { Direction = Direction.Sales, Rate = 7m, Account = sales, TaxKey = "2" },
            new() { Direction = Direction.Sales, Rate = 0m, Account = sales },
        ];
    }
}
