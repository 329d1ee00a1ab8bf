using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-S-011: Greek suppliers must provide their Seller Tax Registration Number, prefixed by the country code</summary>
internal sealed class GR_S_011() : XmlRule("GR-S-011", "Greek suppliers must provide their Seller Tax Registration Number, prefixed by the country code", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root))
        {
            return;
        }

        foreach (var party in root.AllAt(PeppolNational.Supplier))
        {
            Assert(findings, party, PeppolNational.GreekVatId(party));
        }
    }
}
