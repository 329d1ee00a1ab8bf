namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>
/// The 125 column names of the EXTF booking batch, format version 13, exactly as DATEV's format description spells
/// them (including its own irregularities, such as "Zusatzinformation- Inhalt").
/// </summary>
internal static class DatevColumns
{
    public const int Count = 125;

    // 1-based positions of the columns InvoiceHub fills.
    public const int Amount = 1, DebitCredit = 2, Currency = 3, Account = 7, ContraAccount = 8, TaxKey = 9,
        DocumentDate = 10, DocumentField1 = 11, DocumentField2 = 12, BookingText = 14, DocumentLink = 20;

    public static IReadOnlyList<string> Names { get; } = Build();

    private static List<string> Build()
    {
        List<string> names =
        [
            "Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz",
            "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto",
            "Buchungstext", "Postensperre", "Diverse Adressnummer", "Geschäftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink",
        ];
        for (var i = 1; i <= 8; i++)
        {
            names.Add($"Beleginfo - Art {i}");
            names.Add($"Beleginfo - Inhalt {i}");
        }

        names.AddRange(
        [
            "KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge", "EU-Land u. UStID (Bestimmung)", "EU-Steuersatz (Bestimmung)",
            "Abw. Versteuerungsart", "Sachverhalt L+L", "Funktionsergänzung L+L", "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer",
            "BU 49 Funktionsergänzung",
        ]);
        for (var i = 1; i <= 20; i++)
        {
            names.Add($"Zusatzinformation - Art {i}");
            names.Add($"Zusatzinformation- Inhalt {i}");
        }

        names.AddRange(
        [
            "Stück", "Gewicht", "Zahlweise", "Forderungsart", "Veranlagungsjahr", "Zugeordnete Fälligkeit", "Skontotyp", "Auftragsnummer",
            "Buchungstyp", "USt-Schlüssel (Anzahlungen)", "EU-Land (Anzahlungen)", "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)",
            "Erlöskonto (Anzahlungen)", "Herkunft-Kz", "Buchungs GUID", "KOST-Datum", "SEPA-Mandatsreferenz", "Skontosperre",
            "Gesellschaftername", "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer", "Postensperre bis",
            "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung", "Leistungsdatum", "Datum Zuord. Steuerperiode",
            "Fälligkeit", "Generalumkehr (GU)", "Steuersatz", "Land", "Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)",
            "EU-Steuersatz (Ursprung)", "Abw. Skontokonto",
        ]);
        return names.Count == Count ? names : throw new InvalidOperationException($"DATEV column list has {names.Count} names, not {Count}.");
    }
}
