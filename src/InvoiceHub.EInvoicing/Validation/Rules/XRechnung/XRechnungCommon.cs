using System.Text.RegularExpressions;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>
/// What the XRechnung 3.0 rules share: the specification identifiers, the regular expressions of common.sch, and the
/// places in each syntax the rules look at (they are bound to UBL and CII separately, like the official sets).
/// </summary>
internal static partial class XRechnungCommon
{
    public const string CiusId = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
    public const string ExtensionId = CiusId + "#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0";
    public const string CvdId = CiusId + "#compliant#urn:xeinkauf.de:kosit:xrechnung:cvd_0.9";

    public const string Trade = "rsm:SupplyChainTradeTransaction";
    public const string Agreement = Trade + "/ram:ApplicableHeaderTradeAgreement";
    public const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    public const string Delivery = Trade + "/ram:ApplicableHeaderTradeDelivery";

    public static readonly string[] VatCodes = ["S", "Z", "E", "AE", "K", "G", "L", "M"];

    public static bool IsCii(ValidationContext c) => c.Syntax == XmlSyntax.Cii;

    /// <summary>BT-24 as written (the extension and CVD rules apply only on an exact match, as in the official set).</summary>
    public static string SpecificationId(XElement root) =>
        (root.Name.Namespace == Ns.Rsm
            ? root.FirstAt("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")
            : root.FirstAt("cbc:CustomizationID"))?.Value ?? string.Empty;

    public static bool IsExtension(XElement root) => SpecificationId(root) == ExtensionId;

    public static bool IsCvd(XElement root) => SpecificationId(root) == CvdId;

    /// <summary>The UBL lines of either document type.</summary>
    public static IEnumerable<XElement> UblLines(XElement root) => root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine"));

    [GeneratedRegex(@"(^|\r?\n)#(SKONTO)#TAGE=([0-9]+#PROZENT=[0-9]+\.[0-9]{2})(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#$")]
    public static partial Regex Skonto();

    [GeneratedRegex(@"^[^@\s]+@([^@.\s]+\.)+[^@.\s]+$")]
    public static partial Regex Email();

    [GeneratedRegex(@"^.*([0-9].*){3,}.*$")]
    public static partial Regex Telephone();

    [GeneratedRegex(@"^([a-zA-Z])([a-zA-Z0-9+.-])+:")]
    public static partial Regex Url();

    // XPath's '.' matches neither \n nor \r.
    [GeneratedRegex(@"#[^\r\n]+#")]
    public static partial Regex SkontoEntry();

    [GeneratedRegex(@"^\s*\n")]
    public static partial Regex StartsWithLineBreak();

    [GeneratedRegex(@"\r?\n")]
    public static partial Regex LineBreak();

    // The Peppol copy of the Skonto expression (DE-R-018) has no (^|\r?\n) anchor in front.
    [GeneratedRegex(@"#(SKONTO)#TAGE=([0-9]+#PROZENT=[0-9]+\.[0-9]{2})(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#$")]
    public static partial Regex SkontoUnanchored();

    /// <summary>
    /// The IBAN test of BR-DE-19/20 (and the Peppol DE-R-019/020): whitespace removed, two capitals, two digits and up to
    /// 30 letters or digits, and the mod 97 check with letters as code point - 55 (so lower case letters count as 42..67).
    /// </summary>
    public static bool Iban(string? raw)
    {
        var value = string.Concat((raw ?? string.Empty).Where(ch => ch is not (' ' or '\t' or '\n' or '\r')));
        if (value.Length < 4 || value.Length > 34 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1])
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]) || !value[4..].All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var remainder = 0;
        foreach (var ch in value[4..] + value[..4])
        {
            var number = ch > 64 ? ch - 55 : ch - 48;
            remainder = ((remainder * (number > 9 ? 100 : 10)) + number) % 97;
        }

        return remainder == 1;
    }

    /// <summary>
    /// The extension's scheme test (BR-DEX-04..08): one token in the list. An empty schemeID passes, as in the official
    /// test, whose list variables are joined with a double space that ' ' + '' + ' ' finds.
    /// </summary>
    public static bool ExtensionScheme(XElement id, CodeList list)
    {
        var scheme = id.Attribute("schemeID").NormalizeSpace();
        return scheme.Length == 0 || list.Contains(scheme);
    }

    /// <summary>
    /// BR-DE-18 as the official test reads: every line of BT-20 that starts with '#' is a well-formed Skonto entry, and
    /// a line break follows the last entry.
    /// </summary>
    public static bool SkontoWellFormed(string note) => SkontoWellFormed(note, Skonto());

    /// <summary>The same test with the entry expression of a rule set (the Peppol DE-R-018 uses its own).</summary>
    public static bool SkontoWellFormed(string note, Regex entry)
    {
        var entries = LineBreak().Split(note).Where(l => XmlExtensions.Normalize(l).StartsWith('#')).ToList();
        if (entries.Count == 0)
        {
            return true;
        }

        var tail = SkontoEntry().Split(note)[^1];
        return StartsWithLineBreak().IsMatch(tail) && entries.All(l => entry.IsMatch(XmlExtensions.Normalize(l)));
    }
}
