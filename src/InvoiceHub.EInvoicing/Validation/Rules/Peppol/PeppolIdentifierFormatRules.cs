using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// PEPPOL-COMMON-R040..R050 as rows: each checks the format (and check digits) of every identifier with one ICD or
/// EAS scheme (<see cref="PeppolIdentifiers"/>), as the Peppol sets' "Validation of ICD" rules do, with the check
/// functions of the official set (<see cref="PeppolChecks"/>).
/// </summary>
internal static class PeppolIdentifierFormatRules
{
    private const string PartitaIvaMessage = "Italian VAT Code (Partita Iva) must be stated in the correct format";
    private const string CodiceFiscaleMessage = "Tax Code (Codice Fiscale) must be stated in the correct format";

    public static IEnumerable<Rule> All() =>
    [
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R040", "GLN must have a valid format according to GS1 rules.", Severity.Fatal, "0088", PeppolChecks.Gln),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R041", "Norwegian organization number MUST be stated in the correct format.", Severity.Fatal, "0192", value => value.Length == 9 && PeppolChecks.Mod11(value)),

        // The only one whose official test reads string(), not normalize-space(): surrounding spaces fail it.
        new PeppolIdentifierFormatRule(
            "PEPPOL-COMMON-R042",
            "Danish organization number (CVR) MUST be stated in the correct format.",
            Severity.Fatal,
            "0184",
            value => (value.Length == 10 && value.StartsWith("DK", StringComparison.Ordinal) && value[2..].All(char.IsAsciiDigit)) || (value.Length == 8 && value.All(char.IsAsciiDigit)),
            readsTextAsWritten: true),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R043", "Belgian enterprise number MUST be stated in the correct format.", Severity.Fatal, "0208", value => value.Length == 10 && value.All(char.IsAsciiDigit) && PeppolChecks.Mod97Be(value)),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R044", "IPA Code (Codice Univoco Unità Organizzativa) must be stated in the correct format", Severity.Warning, "0201", PeppolChecks.CodiceIpa),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R045", CodiceFiscaleMessage, Severity.Warning, "0210", PeppolChecks.CodiceFiscale),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R046", CodiceFiscaleMessage, Severity.Warning, "9907", PeppolChecks.CodiceFiscale, endpointOnly: true),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R047", PartitaIvaMessage, Severity.Warning, "0211", PeppolChecks.PartitaIva),

        // Bound to CII only: the UBL binding of R048 is commented out in the official set.
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R048", PartitaIvaMessage, Severity.Warning, "9906", PeppolChecks.PartitaIva, endpointOnly: true, syntax: XmlSyntax.Cii),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R049", "Swedish organization number MUST be stated in the correct format.", Severity.Fatal, "0007", value => value.Length == 10 && value.All(char.IsAsciiDigit) && PeppolChecks.SeOrgnr(value)),
        new PeppolIdentifierFormatRule("PEPPOL-COMMON-R050", "Australian Business Number (ABN) MUST be stated in the correct format.", Severity.Fatal, "0151", PeppolChecks.Abn),
    ];
}

/// <summary>
/// Every identifier of the scheme (endpoints only where the official context names only <c>EndpointID</c> /
/// <c>URIID</c>) must hold <paramref name="isWellFormed"/> on its normalize-space() value, or on its text as written
/// where the official test reads <c>string()</c>.
/// </summary>
internal sealed class PeppolIdentifierFormatRule(
    string id,
    string message,
    Severity severity,
    string scheme,
    Func<string, bool> isWellFormed,
    bool endpointOnly = false,
    bool readsTextAsWritten = false,
    XmlSyntax? syntax = null) : XmlRule(id, message, severity, syntax)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var identifier in PeppolIdentifiers.WithScheme(context.Xml!, cii, scheme, endpointOnly))
        {
            Assert(findings, identifier, isWellFormed(readsTextAsWritten ? identifier.Value : identifier.NormalizeSpace()));
        }
    }
}
