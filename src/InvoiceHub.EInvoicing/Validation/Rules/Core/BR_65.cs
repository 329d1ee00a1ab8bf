using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-65: The Item classification identifier (BT-158) shall have a Scheme identifier.</summary>
internal sealed class BR_65() : Rule("BR-65", "The Item classification identifier (BT-158) shall have a Scheme identifier.")
{
    private static readonly XName[] _classificationCode = [Ns.Cac + "Item", Ns.Cac + "CommodityClassification", Ns.Cbc + "ItemClassificationCode"];
    private static readonly XName _listId = "listID";

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Ubl } xml)
        {
            // exists(@listID): an empty list identifier is present.
            foreach (var line in CoreXml.Lines(xml))
            {
                if (CoreXml.AnyAt(line, _classificationCode, code => code.Attribute(_listId) is null))
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
            if (line.Item.Classifications.Any(k => !ModelChecks.NotBlank(k.ListId)))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
