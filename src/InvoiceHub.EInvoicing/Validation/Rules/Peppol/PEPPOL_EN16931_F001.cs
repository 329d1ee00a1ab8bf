using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-F001: A date MUST be formatted YYYY-MM-DD (UBL) or YYYYMMDD with format 102 (CII).</summary>
internal sealed class PEPPOL_EN16931_F001() : XmlRule("PEPPOL-EN16931-F001", "A date MUST be formatted YYYY-MM-DD (UBL) or YYYYMMDD with format 102 (CII).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            foreach (var date in context.Xml!.Descendants(Ns.Udt + "DateTimeString"))
            {
                var text = date.NormalizeSpace();
                Assert(findings, date, date.NormalizedAttribute("format") == "102" && date.Value.Length == 8 && text.Length == 8 && text.StartsWith("20", StringComparison.Ordinal) && text.All(char.IsAsciiDigit));
            }

            return;
        }

        foreach (var date in context.Xml!.Descendants())
        {
            if (date.Name.Namespace == Ns.Cbc && date.Name.LocalName is "IssueDate" or "DueDate" or "TaxPointDate" or "StartDate" or "EndDate" or "ActualDeliveryDate")
            {
                Assert(findings, date, date.Value.Length == 10 && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
            }
        }
    }
}
