namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>
/// The recognition source of a document from its recorded syntax and profile names (FormatDetector's display names);
/// <see cref="SqlCondition"/> is the same decision as SQL, so the filter and the column shown never disagree.
/// </summary>
public static class RecognitionSources
{
    /// <summary>The syntax recorded for documents read by OCR.</summary>
    public const string OcrSyntax = "OCR";

    public static RecognitionSource Of(string syntax, string profile) =>
        syntax == OcrSyntax ? RecognitionSource.Ocr
        : profile.StartsWith("XRechnung", StringComparison.Ordinal) ? RecognitionSource.XRechnung
        : profile.StartsWith("ZUGFeRD", StringComparison.Ordinal) || profile.StartsWith("Factur-X", StringComparison.Ordinal) ? RecognitionSource.Zugferd
        : profile.StartsWith("Peppol", StringComparison.Ordinal) ? RecognitionSource.Peppol
        : profile.StartsWith("OIOUBL", StringComparison.Ordinal) || syntax.StartsWith("OIOUBL", StringComparison.Ordinal) ? RecognitionSource.Oioubl
        : syntax.StartsWith("UBL", StringComparison.Ordinal) ? RecognitionSource.Ubl
        : RecognitionSource.Cii;

    /// <summary>The SQL condition over columns <c>d.syntax</c> and <c>d.profile</c> that selects <paramref name="source"/>.</summary>
    internal static string SqlCondition(RecognitionSource source)
    {
        const string xrechnung = "d.profile LIKE 'XRechnung%'";
        const string zugferd = "(d.profile LIKE 'ZUGFeRD%' OR d.profile LIKE 'Factur-X%')";
        const string peppol = "d.profile LIKE 'Peppol%'";
        const string oioubl = "(d.profile LIKE 'OIOUBL%' OR d.syntax LIKE 'OIOUBL%')";
        const string ocr = $"d.syntax = '{OcrSyntax}'";
        return source switch
        {
            RecognitionSource.XRechnung => xrechnung,
            // OCR documents carry profiles of their own (never XRechnung, ZUGFeRD, Peppol or OIOUBL), so only CII, the
            // fallback, needs to leave them out.
            RecognitionSource.Zugferd => $"NOT {xrechnung} AND {zugferd}",
            RecognitionSource.Peppol => $"NOT {xrechnung} AND NOT {zugferd} AND {peppol}",
            RecognitionSource.Oioubl => $"NOT {xrechnung} AND NOT {zugferd} AND NOT {peppol} AND {oioubl}",
            RecognitionSource.Ubl => $"NOT {xrechnung} AND NOT {zugferd} AND NOT {peppol} AND NOT {oioubl} AND d.syntax LIKE 'UBL%'",
            RecognitionSource.Ocr => ocr,
            _ => $"NOT {ocr} AND NOT {xrechnung} AND NOT {zugferd} AND NOT {peppol} AND NOT {oioubl} AND d.syntax NOT LIKE 'UBL%'",
        };
    }
}
