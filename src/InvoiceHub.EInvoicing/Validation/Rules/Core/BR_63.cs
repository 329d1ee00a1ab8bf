using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// BR-63: The Buyer electronic address (BT-49) shall have a Scheme identifier. In CII the official test looks at the
/// first URIUniversalCommunication of every BuyerTradeParty (a repeated party included): fine when none has one,
/// otherwise the scheme ids found must not be blank.
/// </summary>
internal sealed class BR_63() : Rule("BR-63", "The Buyer electronic address (BT-49) shall have a Scheme identifier.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Cii } xml)
        {
            var buyers = xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeAgreement").Elements(Ns.Ram + "BuyerTradeParty").ToList();
            var addresses = buyers.Select(b => b.Element(Ns.Ram + "URIUniversalCommunication")).OfType<XElement>().ToList();
            var schemes = addresses.Elements(Ns.Ram + "URIID").Attributes("schemeID").ToList();
            if (addresses.Count > 0 && (schemes.Count == 0 || schemes.Any(s => s.NormalizeSpace().Length == 0)))
            {
                findings.Add(this, FindingLocation.Buyer(context));
            }

            return;
        }

        var i = context.Invoice;
        if (i.Buyer.ElectronicAddress is not null && !ModelChecks.NotBlank(i.Buyer.ElectronicAddress.SchemeId))
        {
            findings.Add(this, FindingLocation.Buyer(context));
        }
    }
}
