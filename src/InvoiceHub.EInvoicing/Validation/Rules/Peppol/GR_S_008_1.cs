using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-S-008-1: When Supplier is Greek, there should be one invoice url</summary>
internal sealed class GR_S_008_1() : XmlRule("GR-S-008-1", "When Supplier is Greek, there should be one invoice url", Severity.Warning, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolChecks.AddressCountryIs(root, cii: false, seller: true, "GR"))
        {
            return;
        }

        Assert(findings, root, PeppolNational.DocumentReferences(root, "##INVOICE|URL##").Count() == 1);
    }
}
