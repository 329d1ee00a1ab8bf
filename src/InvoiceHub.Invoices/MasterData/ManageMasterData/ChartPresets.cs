namespace InvoiceHub.Invoices.MasterData.ManageMasterData;

/// <summary>
/// The common accounts and tax keys of DATEV's standard charts SKR03 and SKR04 (docs/bookkeeping.md lists them).
/// The tax keys (BU-Schlüssel) are the same in both charts.
/// </summary>
internal static class ChartPresets
{
    public static IReadOnlyList<string> Names { get; } = ["SKR03", "SKR04"];

    public static IReadOnlyList<(MasterDataKind Kind, string Code, string Name, decimal? Rate)> For(string chart) =>
    [
        .. (chart == "SKR04" ? Skr04 : Skr03).Select(a => (MasterDataKind.GlAccount, a.Code, a.Name, (decimal?)null)),
        .. TaxKeys.Select(t => (MasterDataKind.TaxKey, t.Code, t.Name, (decimal?)t.Rate)),
    ];

    private static readonly (string Code, string Name)[] Skr03 =
    [
        ("3300", "Wareneingang 7 % Vorsteuer"), ("3400", "Wareneingang 19 % Vorsteuer"), ("4210", "Miete"),
        ("4806", "Wartungskosten für Hard- und Software"), ("4920", "Telefon"), ("4930", "Bürobedarf"),
        ("4980", "Sonstiger Betriebsbedarf"), ("8300", "Erlöse 7 % USt"), ("8400", "Erlöse 19 % USt"),
    ];

    private static readonly (string Code, string Name)[] Skr04 =
    [
        ("5300", "Wareneingang 7 % Vorsteuer"), ("5400", "Wareneingang 19 % Vorsteuer"), ("6310", "Miete"),
        ("6495", "Wartungskosten für Hard- und Software"), ("6805", "Telefon"), ("6815", "Bürobedarf"),
        ("6850", "Sonstiger Betriebsbedarf"), ("4300", "Erlöse 7 % USt"), ("4400", "Erlöse 19 % USt"),
    ];

    private static readonly (string Code, string Name, decimal Rate)[] TaxKeys =
    [
        ("2", "Umsatzsteuer 7 %", 7m), ("3", "Umsatzsteuer 19 %", 19m), ("8", "Vorsteuer 7 %", 7m), ("9", "Vorsteuer 19 %", 19m),
    ];
}
