using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-030: If the group "DIRECT DEBIT" (BG-19) is delivered, the element "Bank assigned creditor identifier" (BT-90) shall be provided.</summary>
internal sealed class DE_R_030() : XmlRule("DE-R-030", "If the group \"DIRECT DEBIT\" (BG-19) is delivered, the element \"Bank assigned creditor identifier\" (BT-90) shall be provided.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        Assert(findings, root, !root.HasElementAt("cac:PaymentMeans/cac:PaymentMandate")
            || root.AllAt(PeppolNational.Supplier + "/cac:PartyIdentification/cbc:ID").Concat(root.AllAt("cac:PayeeParty/cac:PartyIdentification/cbc:ID"))
                .Any(id => id.Attribute("schemeID")?.Value == "SEPA"));
    }
}
