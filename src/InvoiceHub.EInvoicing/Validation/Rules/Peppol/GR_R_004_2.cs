using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-004-2: When Supplier is Greek, the MARK Number must be a positive integer</summary>
internal sealed class GR_R_004_2() : XmlRule("GR-R-004-2", "When Supplier is Greek, the MARK Number must be a positive integer", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolChecks.AddressCountryIs(root, cii: false, seller: true, "GR"))
        {
            return;
        }

        foreach (var id in PeppolNational.DocumentReferences(root, "##M.AR.K##").SelectMany(d => d.AllAt("cbc:ID")))
        {
            // '^[1-9]([0-9]*)' is not anchored at the end: a leading digit 1-9 is enough.
            Assert(findings, id, id.Value.Length > 0 && id.Value[0] is >= '1' and <= '9');
        }
    }
}
