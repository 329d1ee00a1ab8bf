using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>The German, English and Danish labels invoices put before their fields.</summary>
internal static partial class Labels
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?:\b\w*rechnung\w*|\bgutschrift|\binvoice|\bcredit\s?note|\bfaktura|\bkreditnota|\bbeleg)(?:[^\n]{0,60}?(?:\(\d{3}\)))?\s?-?\s?(?:nummer|number|nr\.?|no\.?|num\.?|#)(?=[\s:.#]|$)[:.]?|\b(?:fakturanr|rechnungsnr|invoice\s?no|bilagsnr)\.?:?", Options)]
    public static partial Regex InvoiceNumber();

    [GeneratedRegex(@"\b(?:rechnungsdatum|invoice\s?date|date\s?of\s?issue|issue\s?date|fakturadato|ausstellungsdatum|belegdatum|datum|date|dato)\b:?", Options)]
    public static partial Regex IssueDate();

    /// <summary>Words that make a generic "Datum"/"date" row about something else than the issue.</summary>
    [GeneratedRegex(@"liefer|leistung|fällig|due|bestell|order|levering|forfald|auftrag|zahl|payment|betaling|geburt|mandat|valuta|skonto|druck|print", Options)]
    public static partial Regex NotIssueDate();

    [GeneratedRegex(@"\b(?:liefer-?\s?und\s?leistungsdatum|leistungsdatum|lieferdatum|leistungszeitraum|delivery\s?date|service\s?date|date\s?of\s?supply|leveringsdato|ydelsesdato|leveret)\b:?", Options)]
    public static partial Regex ServiceDate();

    [GeneratedRegex(@"\b(?:fälligkeitsdatum|fällig\s?(?:am|bis|zum)?|fälligkeit|zahlbar\s?(?:bis|am)|zahlungsziel|netto\s?bis|due\s?date|payment\s?due|due\s?(?:on|by)?|pay\s?by|forfaldsdato|forfald|betalingsfrist|sidste\s?rettidige\s?betalingsdag|betales\s?senest)\b:?", Options)]
    public static partial Regex DueDate();

    [GeneratedRegex(@"\b(?:rechnungssumme\s?ohne\s?u?st\.?|nettobetrag|nettosumme|summe\s?netto|gesamt\s?netto|netto\s?gesamt|zwischensumme|net\s?amount|net\s?total|total\s?net|sub-?\s?total|total\s?(?:excl|excluding|before)\.?\s?(?:vat|tax)?|beløb\s?ekskl\.?\s?moms|i\s?alt\s?ekskl\.?\s?moms|ekskl\.?\s?moms|subtotal|netto)\b\.?:?", Options)]
    public static partial Regex NetAmount();

    [GeneratedRegex(@"\b(?:bruttosumme|bruttobetrag|gesamtbetrag(?!\s?der)|rechnungsbetrag|rechnungssumme(?!\s?ohne)|endbetrag|gesamtsumme|summe\s?brutto|brutto\s?gesamt|total\s?amount|grand\s?total|invoice\s?total|total\s?(?:incl|including)\.?\s?(?:vat|tax)?|total\s?due|total|i\s?alt(?:\s?inkl\.?\s?moms)?|total\s?inkl\.?\s?moms|beløb\s?inkl\.?\s?moms|zahlbetrag|amount\s?due|at\s?betale|til\s?betaling)\b\.?:?", Options)]
    public static partial Regex TotalAmount();

    /// <summary>Payable labels: the gross amount unless prepaid amounts were deducted; ranked below the gross labels.</summary>
    [GeneratedRegex(@"zahlbetrag|amount\s?due|at\s?betale|til\s?betaling|total\s?due", Options)]
    public static partial Regex PayableAmount();

    [GeneratedRegex(@"\b(?:steuerbetrag|umsatzsteuer(?:betrag)?|mehrwertsteuer|mwst\.?(?:-?betrag)?|u\.?st\.?(?:-?betrag)?|vat\s?amount|vat|tax\s?amount|sales\s?tax|tax|momsbeløb|moms|heraf\s?moms)\b(?!\s?-?\s?id|\.?-?id|-?nr|\s?no\b|\s?reg)\.?:?", Options)]
    public static partial Regex TaxAmount();

    [GeneratedRegex(@"\b(?:w(?:ä|ae)hrung|currency|valuta)\b:?", Options)]
    public static partial Regex Currency();

    [GeneratedRegex(@"\b(?:EUR|USD|GBP|DKK|CHF|SEK|NOK|PLN|CZK)\b|€|£|\bkr\.", RegexOptions.CultureInvariant)]
    public static partial Regex CurrencyValue();

    [GeneratedRegex(@"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%", Options)]
    public static partial Regex Percentage();

    /// <summary>The heading of a table column of VAT rates.</summary>
    [GeneratedRegex(@"\b(?:steuersatz|ust\.?-?\s?satz|mwst\.?-?\s?satz|steuer\s?%|ust\.?\s?%|mwst\.?\s?%|vat\s?rate|tax\s?rate|vat\s?%|momssats|moms\s?%)", Options)]
    public static partial Regex TaxRateColumn();

    /// <summary>A cell of a rate column: "19", "19%", "7,00", "19.0 %" (the word alone).</summary>
    [GeneratedRegex(@"^(\d{1,2}(?:[.,]\d{1,2})?)%?$", RegexOptions.CultureInvariant)]
    public static partial Regex RateCell();

    [GeneratedRegex(@"u\.?st|mwst|steuer|vat|tax|moms|tva|iva", Options)]
    public static partial Regex TaxContext();

    [GeneratedRegex(@"skonto|rabatt|discount|rabat|nachlass|zins|interest|rente", Options)]
    public static partial Regex NotTaxRate();

    [GeneratedRegex(@"\b(?:u\.?st\.?\s?-?\s?id\.?\s?-?\s?nr\.?|ust-?idnr\.?|umsatzsteuer-?\s?identifikationsnummer|umsatzsteuer-?id|vat\s?(?:id|reg(?:istration)?\.?)?\s?(?:no\.?|number|nr\.?)?|vat\s?id|tax\s?id|uid(?:-?nr\.?)?|moms\s?(?:nr\.?|nummer)|momsreg\.?\s?nr\.?)\b\.?:?", Options)]
    public static partial Regex VatId();

    [GeneratedRegex(@"(?<![A-Z0-9])(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|NO|CH)\s?(?:[0-9A-Z][\s.]?){7,13}[0-9A-Z](?![0-9A-Z])", RegexOptions.CultureInvariant)]
    public static partial Regex VatIdValue();

    [GeneratedRegex(@"(?<![A-Z0-9])[A-Z]{2}\s?[0-9OIl]{2}(?:\s?[A-Z0-9]{1,4}){3,8}", RegexOptions.CultureInvariant)]
    public static partial Regex IbanValue();

    [GeneratedRegex(@"\b(?:bic|swift)(?:\s?[/-]\s?(?:bic|swift))?(?:-?code)?\b\s?:?", Options)]
    public static partial Regex Bic();

    [GeneratedRegex(@"(?<![A-Z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Z0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex BicValue();

    [GeneratedRegex(@"\b(?:cvr(?:\s?-?\s?(?:nr|nummer|no)\.?)?|se\s?-?\s?nr\.?)(?![a-zæøå])\s?:?", Options)]
    public static partial Regex Cvr();

    [GeneratedRegex(@"(?<!\d)(?:DK\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex CvrValue();

    [GeneratedRegex(@"\+\s?(71|73|75|01|04|15)\s?<\s?(\d{0,16})\s?\+\s?(\d{8})\s?<", RegexOptions.CultureInvariant)]
    public static partial Regex Fik();

    [GeneratedRegex(@"\b(?:bestellnummer|bestell-?\s?nr\.?|bestellung\s?nr\.?(?:\s?kunde)?|ihre\s?bestellung|auftragsnummer|auftrags-?nr\.?|order\s?(?:number|no\.?|reference|ref\.?)|purchase\s?order(?:\s?(?:number|no\.?))?|p\.?o\.?\s?(?:number|no\.?|#)|your\s?order|ordrenummer|ordrenr\.?|rekvisitionsnr\.?|rekv\.?\s?nr\.?|deres\s?ordre)\b\.?:?", Options)]
    public static partial Regex OrderReference();

    /// <summary>A reference value: a token with at least one digit (invoice and order numbers).</summary>
    [GeneratedRegex(@"(?<![\w/.-])[A-Za-z0-9][A-Za-z0-9./_-]{0,34}(?<=[A-Za-z0-9])(?![\w])", RegexOptions.CultureInvariant)]
    public static partial Regex Reference();

    [GeneratedRegex(@"\b(?:k(?:ä|ae)ufer|leistungsempf(?:ä|ae)nger|rechnungsempf(?:ä|ae)nger|kunde|buyer|bill\s?to|customer|invoice\s?to|sold\s?to|køber|kunde|lieferanschrift|ship\s?to|deliver\s?to)\b", Options)]
    public static partial Regex BuyerSection();

    [GeneratedRegex(@"\b(?:verk(?:ä|ae)ufer|lieferant|rechnungssteller|seller|supplier|vendor|from|sælger|leverandør|zahlungsempf(?:ä|ae)nger|payee|zahlungsinformationen|payment\s?details|bankverbindung|bank\s?details)\b", Options)]
    public static partial Regex SellerSection();
}
