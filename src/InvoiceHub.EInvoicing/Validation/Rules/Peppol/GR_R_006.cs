using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-006: Greek Suppliers must provide the VAT number of the buyer, if the buyer is Greek</summary>
internal sealed class GR_R_006() : XmlRule("GR-R-006", "Greek Suppliers must provide the VAT number of the buyer, if the buyer is Greek", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolNational.GreekReceiver(root))
        {
            return;
        }

        foreach (var party in root.AllAt(PeppolNational.Customer))
        {
            Assert(findings, party, PeppolNational.GreekVatId(party));
        }
    }
}
