using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-008-2: When Supplier is Greek, there should be no more than one invoice url</summary>
internal sealed class GR_R_008_2() : XmlRule("GR-R-008-2", "When Supplier is Greek, there should be no more than one invoice url", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolChecks.AddressCountryIs(root, cii: false, seller: true, "GR"))
        {
            return;
        }

        Assert(findings, root, PeppolNational.DocumentReferences(root, "##INVOICE|URL##").Count() <= 1);
    }
}
