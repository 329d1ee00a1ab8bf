using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-64: The Item standard identifier (BT-157) shall have a Scheme identifier.</summary>
internal sealed class BR_64() : Rule("BR-64", "The Item standard identifier (BT-157) shall have a Scheme identifier.")
{
    private static readonly XName[] _standardId = [Ns.Cac + "Item", Ns.Cac + "StandardItemIdentification", Ns.Cbc + "ID"];
    private static readonly XName _schemeId = "schemeID";

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Ubl } xml)
        {
            // exists(@schemeID): an empty scheme identifier is present.
            foreach (var line in CoreXml.Lines(xml))
            {
                if (CoreXml.AnyAt(line, _standardId, id => id.Attribute(_schemeId) is null))
                {
                    findings.Add(this, XmlLocation.Line(line));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Item.StandardId is not null && !ModelChecks.NotBlank(line.Item.StandardId.SchemeId))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
