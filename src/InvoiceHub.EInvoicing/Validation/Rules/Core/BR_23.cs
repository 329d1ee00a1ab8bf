using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-23: An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).</summary>
internal sealed class BR_23() : Rule("BR-23", "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).")
{
    /// <summary>CII <c>ram:SpecifiedLineTradeDelivery/ram:BilledQuantity</c> below a line.</summary>
    internal static readonly XName[] CiiBilledQuantity = [Ns.Ram + "SpecifiedLineTradeDelivery", Ns.Ram + "BilledQuantity"];

    private static readonly XName[] _ublInvoicedQuantity = [Ns.Cbc + "InvoicedQuantity"];
    private static readonly XName[] _ublCreditedQuantity = [Ns.Cbc + "CreditedQuantity"];
    private static readonly XName _unitCode = "unitCode";

    private static bool HasUnitCode(XElement quantity) => quantity.Attribute(_unitCode) is not null;

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The unit code attribute only has to exist, even empty, on a quantity that may itself be malformed.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var line in CoreXml.Lines(xml))
            {
                var withUnit = cii
                    ? CoreXml.AnyAt(line, CiiBilledQuantity, HasUnitCode)
                    : CoreXml.AnyAt(line, _ublInvoicedQuantity, HasUnitCode) || CoreXml.AnyAt(line, _ublCreditedQuantity, HasUnitCode);
                if (!withUnit)
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
            if (line.Quantity?.UnitCode is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
