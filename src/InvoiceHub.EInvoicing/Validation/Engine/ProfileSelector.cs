using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>
/// Picks the profile a document is judged by (from BT-24, or forced) and the rules that apply to it. Profiles
/// below or beside the EN 16931 core (ZUGFeRD MINIMUM, BASIC WL, EXTENDED, EREPORTING, XRechnung extension and
/// CVD) are judged by their own profile: the core rules their specification lifts are left out.
/// </summary>
internal static class ProfileSelector
{
    private static readonly HashSet<string> _lineAndTotalRules = new(StringComparer.Ordinal)
    {
        "BR-10", "BR-11", "BR-12", "BR-16", "BR-21", "BR-22", "BR-23", "BR-24", "BR-25", "BR-26", "BR-27", "BR-28", "BR-30",
        "BR-CO-04", "BR-CO-10", "BR-CO-11", "BR-CO-12", "BR-CO-13", "BR-CO-14", "BR-CO-18", "BR-CO-20",
    };

    private const string En16931 = "urn:cen.eu:en16931:2017";
    private const string Peppol = En16931 + "#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    private const string XRechnungPrefix = En16931 + "#compliant#urn:xeinkauf.de:kosit:xrechnung_";
    private const string OldXRechnungPrefix = En16931 + "#compliant#urn:xoev-de:kosit:standard:xrechnung_";
    private const string XRechnungExtension = "#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_";

    /// <summary>Specification identifiers (BT-24) that name the EN 16931 core or a profile judged by it (Factur-X / ZUGFeRD BASIC).</summary>
    private static readonly HashSet<string> _core = new(StringComparer.OrdinalIgnoreCase)
    {
        En16931, En16931 + "#compliant#urn:factur-x.eu:1p0:basic", En16931 + "#compliant#urn:zugferd.de:2p0:basic",
        En16931 + "#conformant#urn:factur-x.eu:1p0:en16931", En16931 + "#compliant#urn:factur-x.eu:1p0:en16931",
    };

    private static readonly HashSet<string> _minimum = new(StringComparer.OrdinalIgnoreCase) { "urn:factur-x.eu:1p0:minimum", "urn:zugferd.de:2p0:minimum" };

    private static readonly HashSet<string> _basicWl = new(StringComparer.OrdinalIgnoreCase) { "urn:factur-x.eu:1p0:basicwl", "urn:zugferd.de:2p0:basicwl" };

    private static readonly HashSet<string> _extended = new(StringComparer.OrdinalIgnoreCase)
    {
        En16931 + "#conformant#urn:factur-x.eu:1p0:extended", En16931 + "#conformant#urn:zugferd.de:2p0:extended",
        // ZUGFeRD 2.0 documents in the wild also state the extension id alone.
        "urn:factur-x.eu:1p0:extended", "urn:zugferd.de:2p0:extended",
    };

    /// <summary>
    /// The profile a document is judged by. Identifiers are compared whole (case-insensitively), never as substrings:
    /// a CIUS whose identifier merely contains ":extended" (French extended-ctc-fr, EHF, SI-UBL) is not ZUGFeRD
    /// EXTENDED. An identifier we do not know is judged by the EN 16931 core, and the rule-set label says so.
    /// </summary>
    public static (string Profile, string RuleSetName, Func<Rule, bool> Applies) Select(Invoice invoice, XmlSyntax syntax, ValidationProfile requested)
    {
        var spec = invoice.SpecificationId?.Trim() ?? string.Empty;
        var core = syntax == XmlSyntax.Cii ? "EN16931-CII" : "EN16931-UBL";
        if (requested == ValidationProfile.En16931)
        {
            return ("en16931", core, _ => true);
        }

        if (requested == ValidationProfile.Oioubl || (requested == ValidationProfile.Auto && invoice.Format.Syntax == InvoiceSyntax.OioUbl))
        {
            return ("oioubl", "OIOUBL", r => r.Id.StartsWith("OIOUBL-", StringComparison.Ordinal));
        }

        if (requested == ValidationProfile.Peppol || (requested == ValidationProfile.Auto && IsOrExtends(spec, Peppol)))
        {
            return ("peppol", core + "+PEPPOL-BIS3", _ => true);
        }

        // XRechnung 3 (xeinkauf.de) and the earlier versions (xoev-de, 1.x and 2.x) are judged by the XRechnung 3.0 rules.
        var xrechnung = spec.StartsWith(XRechnungPrefix, StringComparison.OrdinalIgnoreCase) || spec.StartsWith(OldXRechnungPrefix, StringComparison.OrdinalIgnoreCase);
        if (requested == ValidationProfile.XRechnung || (requested == ValidationProfile.Auto && xrechnung))
        {
            if (spec.Contains(XRechnungExtension, StringComparison.OrdinalIgnoreCase))
            {
                // The extension allows third-party payments (BT-115 may differ from BT-112 - BT-113 + BT-114) and sub-lines,
                // and its BR-DEX-04..08 override the scheme lists of BR-CL-10/11/21/25/26 (adding XR01..XR03).
                return ("xrechnung-extension", core + "+XRechnung-Extension", r => r.Id is not ("BR-CO-16" or "BR-CL-10" or "BR-CL-11" or "BR-CL-21" or "BR-CL-25" or "BR-CL-26"));
            }

            if (spec.Contains("#urn:xeinkauf.de:kosit:xrechnung:cvd", StringComparison.OrdinalIgnoreCase))
            {
                // The clean vehicles directive CIUS defines item classification list id "CVD", outside UNTDID 7143.
                return ("xrechnung-cvd", core + "+XRechnung-CVD", r => r.Id != "BR-CL-13");
            }

            return ("xrechnung", core + "+XRechnung", _ => true);
        }

        if (_minimum.Contains(spec))
        {
            return ("zugferd-minimum", core + " (ZUGFeRD MINIMUM: document header rules)", r => !_lineAndTotalRules.Contains(r.Id) && !IsVatCategoryRule(r));
        }

        if (_basicWl.Contains(spec))
        {
            return ("zugferd-basicwl", core + " (ZUGFeRD BASIC WL: no lines)", r => !_lineAndTotalRules.Contains(r.Id) && !IsTaxableAmountRule(r));
        }

        if (_extended.Contains(spec))
        {
            // EXTENDED adds charges and allowance types the core sums do not know about, and allows a formatted issue
            // date on referenced documents (CII-DT-027 restricts the EN 16931 CII subset, not EXTENDED).
            return ("zugferd-extended", core + " (ZUGFeRD EXTENDED)", r => r.Id is not ("BR-CO-11" or "BR-CO-12" or "BR-CO-13" or "CII-DT-027") && !IsTaxableAmountRule(r));
        }

        if (spec.EndsWith(":ereporting", StringComparison.OrdinalIgnoreCase))
        {
            return ("ereporting", core + " (EREPORTING)", r => !_lineAndTotalRules.Contains(r.Id) && !IsVatCategoryRule(r) && r.Id is not ("BR-07" or "BR-08" or "BR-09"));
        }

        if (spec.Length > 0 && !_core.Contains(spec))
        {
            return ("en16931", $"{core} (specification identifier not known: judged by the EN 16931 core)", _ => true);
        }

        return ("en16931", core, _ => true);
    }

    private static bool IsOrExtends(string spec, string id) =>
        spec.Equals(id, StringComparison.OrdinalIgnoreCase) || (spec.StartsWith(id, StringComparison.OrdinalIgnoreCase) && spec[id.Length] == '#');

    private static bool IsTaxableAmountRule(Rule r) => r.Id.StartsWith("BR-", StringComparison.Ordinal) && r.Id.EndsWith("-08", StringComparison.Ordinal) && !r.Id.StartsWith("BR-0", StringComparison.Ordinal);

    private static bool IsVatCategoryRule(Rule r) =>
        r.Id.StartsWith("BR-", StringComparison.Ordinal) && r.Id.Count(ch => ch == '-') == 2
        && r.Id.Split('-')[1] is "S" or "Z" or "E" or "AE" or "IC" or "G" or "O" or "AF" or "AG" or "B";
}
