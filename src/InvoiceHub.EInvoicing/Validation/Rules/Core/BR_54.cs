using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-54: Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).</summary>
internal sealed class BR_54() : Rule("BR-54", "Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Per attribute element, wherever it is: both children must exist (an empty value is present).
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var attribute in xml.Named(cii ? Ns.Ram + "ApplicableProductCharacteristic" : Ns.Cac + "AdditionalItemProperty"))
            {
                if (attribute.Element(cii ? Ns.Ram + "Description" : Ns.Cbc + "Name") is null || attribute.Element(cii ? Ns.Ram + "Value" : Ns.Cbc + "Value") is null)
                {
                    findings.Add(this, XmlLocation.Of(attribute));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            if (i.Lines[n].Item.Attributes.Any(a => a.Name is null || a.Value is null))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
