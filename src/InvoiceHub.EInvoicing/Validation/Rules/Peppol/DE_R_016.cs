using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-016: If one of the VAT codes S, Z, E, AE, K, G, L, or M is used, an invoice shall contain at least one of the following elements: "Seller VAT identifier" (BT-31) or "Seller tax registration identifier" (BT-32) or "SELLER TAX REPRESENTATIVE PARTY" (BG-11).</summary>
internal sealed class DE_R_016() : XmlRule("DE-R-016", "If one of the VAT codes S, Z, E, AE, K, G, L, or M is used, an invoice shall contain at least one of the following elements: \"Seller VAT identifier\" (BT-31) or \"Seller tax registration identifier\" (BT-32) or \"SELLER TAX REPRESENTATIVE PARTY\" (BG-11).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        // BT-95 (allowances, with or without a VAT scheme: the credit note variant of the test covers both), BT-102, BT-151.
        var categories = root.AllAt("cac:AllowanceCharge")
            .Where(c => c.AllAt("cbc:ChargeIndicator").Any(i => i.Value is "false" or "true"))
            .SelectMany(c => c.AllAt("cac:TaxCategory/cbc:ID"))
            .Concat(root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine")).SelectMany(l => l.AllAt("cac:Item/cac:ClassifiedTaxCategory/cbc:ID")));
        var usesVat = categories.Any(c => c.Value is "S" or "Z" or "E" or "AE" or "K" or "G" or "L" or "M");
        Assert(findings, root, !usesVat || root.HasElementAt("cac:TaxRepresentativeParty") || root.HasText(PeppolNational.Supplier + "/cac:PartyTaxScheme/cbc:CompanyID"));
    }
}
