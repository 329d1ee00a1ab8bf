using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-004: [IS-R-004]-If seller and buyer are icelandic then the invoice shall contain the buyers icelandic legal identifier — Ef seljandi og kaupandi eru íslenskir þá skal reikningurinn innihalda íslenska kennitölu kaupanda (BT-47).</summary>
internal sealed class IS_R_004() : XmlRule("IS-R-004", "[IS-R-004]-If seller and buyer are icelandic then the invoice shall contain the buyers icelandic legal identifier — Ef seljandi og kaupandi eru íslenskir þá skal reikningurinn innihalda íslenska kennitölu kaupanda (BT-47).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root) || !PeppolNational.IsCustomer(root))
        {
            return;
        }

        foreach (var customer in root.AllAt("cac:AccountingCustomerParty"))
        {
            var ids = customer.AllAt("cac:Party/cac:PartyLegalEntity/cbc:CompanyID").ToList();
            Assert(findings, customer, ids.Count > 0 && ids.Any(i => i.Attribute("schemeID")?.Value == "0196"));
        }
    }
}
