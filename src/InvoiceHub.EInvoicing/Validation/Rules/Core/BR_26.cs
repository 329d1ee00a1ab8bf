using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-26: Each Invoice line (BG-25) shall contain the Item net price (BT-146).</summary>
internal sealed class BR_26() : Rule("BR-26", "Each Invoice line (BG-25) shall contain the Item net price (BT-146).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Present is enough (exists()): an empty or malformed price is judged by BR-27 and the syntax rules.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var line in CoreXml.Lines(xml))
            {
                if (!HasNetPrice(line, cii))
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
            if (line.Price?.NetPrice is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }

    /// <summary>UBL <c>cac:Price/cbc:PriceAmount</c>, CII <c>ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount</c> of a line.</summary>
    private static readonly System.Xml.Linq.XName[] _ciiNetPrice = [Ns.Ram + "SpecifiedLineTradeAgreement", Ns.Ram + "NetPriceProductTradePrice", Ns.Ram + "ChargeAmount"];
    private static readonly System.Xml.Linq.XName[] _ublNetPrice = [Ns.Cac + "Price", Ns.Cbc + "PriceAmount"];

    /// <summary>Whether the line has a net price element (that <paramref name="match"/> accepts, when given).</summary>
    public static bool HasNetPrice(System.Xml.Linq.XElement line, bool cii, Func<System.Xml.Linq.XElement, bool>? match = null) =>
        CoreXml.AnyAt(line, cii ? _ciiNetPrice : _ublNetPrice, match);
}
