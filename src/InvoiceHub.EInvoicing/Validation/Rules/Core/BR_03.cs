using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-03: An Invoice shall have an Invoice issue date (BT-2).</summary>
internal sealed class BR_03() : Rule("BR-03", "An Invoice shall have an Invoice issue date (BT-2).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // A date that is present but malformed is present: only the date-format rules judge its form.
            var date = xml.Syntax == XmlSyntax.Cii
                ? xml.Root.Elements(Ns.Rsm + "ExchangedDocument").Elements(Ns.Ram + "IssueDateTime").Elements(Ns.Udt + "DateTimeString")
                    .FirstOrDefault(d => (string?)d.Attribute("format") == "102")
                : xml.Root.Element(Ns.Cbc + "IssueDate");
            if (date.NormalizeSpace().Length == 0)
            {
                findings.Add(this, XmlLocation.Of(xml.Root));
            }

            return;
        }

        if (context.Invoice.IssueDate is null)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
