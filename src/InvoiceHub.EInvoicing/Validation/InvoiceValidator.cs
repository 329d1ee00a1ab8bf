using System.Runtime.InteropServices;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Detection;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation;

/// <summary>
/// Validates an invoice against the official rule sets (EN 16931, XRechnung, Peppol BIS 3, OIOUBL), in time linear in
/// its lines. Stateless and thread-safe: rules are built once and shared.
/// </summary>
public static class InvoiceValidator
{
    // The reader builds the rules' XElement tree in its own pass over the XML, instead of a second parse here.
    private static readonly ReadOptions _readWithSourceTree = ReadOptions.Default with { KeepSourceTree = true };

    /// <summary>Validates a model together with the XML it was read from (null: business rules only, no syntax rules).</summary>
    public static ValidationResult Validate(Invoice invoice, XDocument? source, ValidationProfile profile = ValidationProfile.Auto) =>
        Validate(invoice, source?.Root is { } root ? new XmlIndex(root) : null, profile);

    /// <summary>
    /// Builds the EN 16931 rule sets of both syntaxes and loads the code lists their rules check, which the first
    /// validation would otherwise do on its own thread. A short-lived caller (the CLI) runs this on another core while it
    /// reads its first document; calling it is never needed for correct results.
    /// </summary>
    public static void Prepare()
    {
        _ = RuleCatalog.En16931Ubl;
        _ = RuleCatalog.En16931Cii;
        foreach (var list in (ReadOnlySpan<CodeList>)[Codes.Currencies, Codes.Units, Codes.Countries, Codes.Eas, Codes.Icd, Codes.VatCategories, Codes.Mime])
        {
            _ = list.Contains("EUR");
        }
    }

    /// <summary>Reads a document (XML or PDF with embedded XML) and validates it; unreadable documents come back with the read error.</summary>
    public static DocumentValidation Validate(byte[] content, ValidationProfile profile = ValidationProfile.Auto, ValidationOptions? options = null)
    {
        var read = InvoiceReader.Read(content, _readWithSourceTree);
        if (read.Invoice is not { } invoice)
        {
            return new DocumentValidation(read, null);
        }

        var index = read.SourceTree is { } root ? new XmlIndex(root) : null;
        var result = Validate(invoice, index, profile);
        if (options?.SchemaFolder is { } folder && index is not null && read.SourceXml is { } xml)
        {
            var schemaFindings = SchemaValidator.Validate(AsArray(xml), folder, index.Syntax, index.IsCreditNote);
            if (schemaFindings.Count > 0)
            {
                result = result with { Findings = [.. result.Findings, .. schemaFindings] };
            }
        }

        // Callers keep the outcome for a while (intake stores it); the tree was for the rules only.
        return new DocumentValidation(read with { SourceTree = null }, result);
    }

    internal static ValidationResult Validate(Invoice invoice, XmlIndex? xml, ValidationProfile profile)
    {
        if (xml?.Root.Name.NamespaceName == FormatDetector.Zugferd1Namespace)
        {
            // ZUGFeRD 1.0 predates EN 16931: no syntax binding of the official sets applies to its XML (their contexts do
            // not match it), so it is judged by the business rules over what our reader made of it.
            var modelFindings = new FindingSink();
            var modelContext = new ValidationContext(invoice, null);
            foreach (var rule in RuleCatalog.En16931Model.Rules)
            {
                rule.Check(modelContext, modelFindings);
            }

            return new ValidationResult("zugferd-1.0", "ZUGFeRD-1.0 (EN 16931 business rules over the model; no syntax binding)", modelFindings.Findings);
        }

        var syntax = xml?.Syntax ?? (invoice.Format.Syntax == InvoiceSyntax.Cii ? XmlSyntax.Cii : XmlSyntax.Ubl);
        var (profileName, ruleSetName, applies) = ProfileSelector.Select(invoice, syntax, profile);
        var ruleSet = xml is null ? RuleCatalog.En16931Model : RuleCatalog.For(syntax, profileName);
        var context = new ValidationContext(invoice, xml);
        var findings = new FindingSink();
        foreach (var rule in ruleSet.Rules)
        {
            if (applies(rule))
            {
                rule.Check(context, findings);
            }
        }

        return new ValidationResult(profileName, ruleSetName, findings.Findings);
    }

    // The reader hands back the caller's own array (or the one it extracted from a PDF): no copy in the common case.
    private static byte[] AsArray(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
}
