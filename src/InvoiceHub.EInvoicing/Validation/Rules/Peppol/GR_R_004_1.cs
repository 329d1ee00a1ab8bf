using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-004-1: When Supplier is Greek, there must be one MARK Number</summary>
internal sealed class GR_R_004_1() : XmlRule("GR-R-004-1", "When Supplier is Greek, there must be one MARK Number", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolChecks.AddressCountryIs(root, cii: false, seller: true, "GR"))
        {
            return;
        }

        Assert(findings, root, PeppolNational.DocumentReferences(root, "##M.AR.K##").Count() == 1);
    }
}
