using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-005: Greek Suppliers must provide the full name of the buyer</summary>
internal sealed class GR_R_005() : XmlRule("GR-R-005", "Greek Suppliers must provide the full name of the buyer", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root))
        {
            return;
        }

        foreach (var party in root.AllAt(PeppolNational.Customer))
        {
            Assert(findings, party, (party.FirstAt("cac:PartyName/cbc:Name")?.Value.Length ?? 0) > 0);
        }
    }
}
