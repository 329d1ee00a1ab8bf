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

    public static (string Profile, string RuleSetName, Func<Rule, bool> Applies) Select(Invoice invoice, XmlSyntax syntax, ValidationProfile requested)
    {
        var spec = invoice.SpecificationId ?? string.Empty;
        var core = syntax == XmlSyntax.Cii ? "EN16931-CII" : "EN16931-UBL";
        if (requested == ValidationProfile.En16931)
        {
            return ("en16931", core, _ => true);
        }

        if (requested == ValidationProfile.Oioubl || (requested == ValidationProfile.Auto && invoice.Format.Syntax == InvoiceSyntax.OioUbl))
        {
            return ("oioubl", "OIOUBL", r => r.Id.StartsWith("OIOUBL-", StringComparison.Ordinal));
        }

        if (requested == ValidationProfile.Peppol || (requested == ValidationProfile.Auto && Contains(spec, "urn:fdc:peppol.eu:2017:poacc:billing")))
        {
            return ("peppol", core + "+PEPPOL-BIS3", _ => true);
        }

        if (requested == ValidationProfile.XRechnung || (requested == ValidationProfile.Auto && Contains(spec, "xrechnung")))
        {
            if (Contains(spec, "#conformant#urn:xeinkauf.de:kosit:extension:xrechnung"))
            {
                // The extension allows third-party payments (BT-115 may differ from BT-112 - BT-113 + BT-114) and sub-lines,
                // and its BR-DEX-04..08 override the scheme lists of BR-CL-10/11/21/25/26 (adding XR01..XR03).
                return ("xrechnung-extension", core + "+XRechnung-Extension", r => r.Id is not ("BR-CO-16" or "BR-CL-10" or "BR-CL-11" or "BR-CL-21" or "BR-CL-25" or "BR-CL-26"));
            }

            if (Contains(spec, "kosit:xrechnung:cvd"))
            {
                // The clean vehicles directive CIUS defines item classification list id "CVD", outside UNTDID 7143.
                return ("xrechnung-cvd", core + "+XRechnung-CVD", r => r.Id != "BR-CL-13");
            }

            return ("xrechnung", core + "+XRechnung", _ => true);
        }

        if (Contains(spec, "factur-x.eu:1p0:minimum") || Contains(spec, "zugferd.de:2p0:minimum"))
        {
            return ("zugferd-minimum", core + " (ZUGFeRD MINIMUM: document header rules)", r => !_lineAndTotalRules.Contains(r.Id) && !IsVatCategoryRule(r));
        }

        if (Contains(spec, "factur-x.eu:1p0:basicwl") || Contains(spec, "zugferd.de:2p0:basicwl"))
        {
            return ("zugferd-basicwl", core + " (ZUGFeRD BASIC WL: no lines)", r => !_lineAndTotalRules.Contains(r.Id) && !IsTaxableAmountRule(r));
        }

        if (Contains(spec, ":extended"))
        {
            // EXTENDED adds charges and allowance types the core sums do not know about.
            return ("zugferd-extended", core + " (ZUGFeRD EXTENDED)", r => r.Id is not ("BR-CO-11" or "BR-CO-12" or "BR-CO-13") && !IsTaxableAmountRule(r));
        }

        if (Contains(spec, "ereporting"))
        {
            return ("ereporting", core + " (EREPORTING)", r => !_lineAndTotalRules.Contains(r.Id) && !IsVatCategoryRule(r) && r.Id is not ("BR-07" or "BR-08" or "BR-09"));
        }

        return ("en16931", core, _ => true);
    }

    private static bool Contains(string spec, string part) => spec.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static bool IsTaxableAmountRule(Rule r) => r.Id.StartsWith("BR-", StringComparison.Ordinal) && r.Id.EndsWith("-08", StringComparison.Ordinal) && !r.Id.StartsWith("BR-0", StringComparison.Ordinal);

    private static bool IsVatCategoryRule(Rule r) =>
        r.Id.StartsWith("BR-", StringComparison.Ordinal) && r.Id.Count(ch => ch == '-') == 2
        && r.Id.Split('-')[1] is "S" or "Z" or "E" or "AE" or "IC" or "G" or "O" or "AF" or "AG" or "B";
}
