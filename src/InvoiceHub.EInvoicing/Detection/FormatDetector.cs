using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Detection;

/// <summary>Names syntax and profile from the content only: root element, namespace and BT-24, never the file name.</summary>
internal static class FormatDetector
{
    public const string UblInvoiceNamespace = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public const string UblCreditNoteNamespace = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public const string CiiNamespace = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public const string Zugferd1Namespace = "urn:ferd:CrossIndustryDocument:invoice:1p0";

    public static DocumentFormat? Detect(XmlNode root, DocumentContainer container = DocumentContainer.Xml, string? embeddedFileName = null)
    {
        switch (root.LocalName, root.NamespaceUri)
        {
            case ("Invoice", UblInvoiceNamespace):
            case ("CreditNote", UblCreditNoteNamespace):
                return DetectUbl(root, container, embeddedFileName);
            case ("CrossIndustryInvoice", CiiNamespace):
                return DetectCii(root, "UN/CEFACT CII D16B", container, embeddedFileName,
                    root.Path("ExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID")?.TrimmedText);
            case ("CrossIndustryDocument", Zugferd1Namespace):
                return DetectCii(root, "ZUGFeRD 1.0 CII", container, embeddedFileName,
                    root.Path("SpecifiedExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID")?.TrimmedText);
            default:
                return null;
        }
    }

    private static DocumentFormat DetectUbl(XmlNode root, DocumentContainer container, string? embeddedFileName)
    {
        var customization = root.ChildText("CustomizationID") ?? string.Empty;
        var version = root.ChildText("UBLVersionID");
        var document = root.LocalName;
        if (customization.StartsWith("OIOUBL", StringComparison.OrdinalIgnoreCase)
            || customization.StartsWith("urn:oioubl", StringComparison.OrdinalIgnoreCase))
        {
            var oioublVersion = customization.StartsWith("OIOUBL-", StringComparison.OrdinalIgnoreCase)
                ? customization["OIOUBL-".Length..]
                : version == "2.0" ? "2.0" : "2.1";
            return new DocumentFormat(InvoiceSyntax.OioUbl, $"OIOUBL {oioublVersion} {document}", $"OIOUBL {oioublVersion}", container, embeddedFileName);
        }

        var syntaxName = $"UBL {version ?? "2.1"} {document}";
        return new DocumentFormat(InvoiceSyntax.Ubl, syntaxName, ProfileName(customization, "UBL", container), container, embeddedFileName);
    }

    private static DocumentFormat DetectCii(XmlNode root, string syntaxName, DocumentContainer container, string? embeddedFileName, string? guideline)
    {
        _ = root;
        return new DocumentFormat(InvoiceSyntax.Cii, syntaxName, ProfileName(guideline ?? string.Empty, "CII", container), container, embeddedFileName);
    }

    /// <summary>Turns a BT-24 specification identifier into a display name.</summary>
    internal static string ProfileName(string id, string syntax, DocumentContainer container)
    {
        if (id.Contains("xrechnung", StringComparison.OrdinalIgnoreCase))
        {
            var version = XRechnungVersion(id);
            var variant = id.Contains(":extension:", StringComparison.OrdinalIgnoreCase) ? " Extension"
                : id.Contains(":cvd", StringComparison.OrdinalIgnoreCase) ? " CVD"
                : string.Empty;
            return $"XRechnung {version}{variant} ({syntax})";
        }

        if (id.Contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0", StringComparison.Ordinal))
        {
            return "Peppol BIS Billing 3";
        }

        if (id.StartsWith("urn:ferd:CrossIndustryDocument:invoice:1p0:", StringComparison.Ordinal))
        {
            return $"ZUGFeRD 1.0 {id["urn:ferd:CrossIndustryDocument:invoice:1p0:".Length..].ToUpperInvariant()}";
        }

        var zugferd2 = After(id, "urn:zugferd.de:2p0:");
        if (zugferd2 is not null)
        {
            return $"ZUGFeRD 2.0 {FacturXProfile(zugferd2)}";
        }

        var facturX = After(id, "urn:factur-x.eu:1p0:");
        if (facturX is not null)
        {
            return $"ZUGFeRD 2.x / Factur-X {FacturXProfile(facturX)}";
        }

        if (id == "urn:cen.eu:en16931:2017")
        {
            return syntax == "CII" && container == DocumentContainer.Pdf ? "ZUGFeRD 2.x / Factur-X EN16931" : $"EN 16931 ({syntax})";
        }

        return id.Length == 0 ? $"unknown profile ({syntax})" : $"{id} ({syntax})";
    }

    private static string? After(string id, string marker)
    {
        var index = id.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? null : id[(index + marker.Length)..];
    }

    private static string FacturXProfile(string code) => code.ToLowerInvariant() switch
    {
        "minimum" => "MINIMUM",
        "basicwl" => "BASIC WL",
        "basic" => "BASIC",
        "en16931" => "EN16931",
        "extended" => "EXTENDED",
        "comfort" => "EN16931",
        var other => other.ToUpperInvariant(),
    };

    private static string XRechnungVersion(string id)
    {
        var index = id.IndexOf("xrechnung_", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return string.Empty;
        }

        var start = index + "xrechnung_".Length;
        var end = start;
        while (end < id.Length && (char.IsDigit(id[end]) || id[end] == '.'))
        {
            end++;
        }

        return id[start..end];
    }
}
