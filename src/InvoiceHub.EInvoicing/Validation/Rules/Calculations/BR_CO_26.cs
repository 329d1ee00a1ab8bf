using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-26: In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.</summary>
internal sealed class BR_CO_26() : Rule("BR-CO-26", "In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Judged per seller element (UBL cac:AccountingSupplierParty, CII ram:SellerTradeParty): without one, no finding.
            if (xml.Syntax == XmlSyntax.Cii)
            {
                foreach (var seller in xml.Named(Ns.Ram + "SellerTradeParty"))
                {
                    var identified = seller.Element(Ns.Ram + "ID") is not null || seller.Element(Ns.Ram + "GlobalID") is not null
                        || seller.Elements(Ns.Ram + "SpecifiedLegalOrganization").Elements(Ns.Ram + "ID").Any()
                        || seller.Elements(Ns.Ram + "SpecifiedTaxRegistration").Elements(Ns.Ram + "ID").Any(id => (string?)id.Attribute("schemeID") == "VA");
                    if (!identified)
                    {
                        findings.Add(this, XmlLocation.Of(seller));
                    }
                }

                return;
            }

            foreach (var supplier in xml.Named(Ns.Cac + "AccountingSupplierParty"))
            {
                var party = supplier.Elements(Ns.Cac + "Party");
                var identified = party.Elements(Ns.Cac + "PartyTaxScheme").Any(s => s.Elements(Ns.Cac + "TaxScheme").Any(t => string.Equals(t.Element(Ns.Cbc + "ID").NormalizeSpace(), "VAT", StringComparison.OrdinalIgnoreCase)) && s.Element(Ns.Cbc + "CompanyID") is not null)
                    || party.Elements(Ns.Cac + "PartyIdentification").Elements(Ns.Cbc + "ID").Any(id => (string?)id.Attribute("schemeID") != "SEPA")
                    || party.Elements(Ns.Cac + "PartyLegalEntity").Elements(Ns.Cbc + "CompanyID").Any();
                if (!identified)
                {
                    findings.Add(this, XmlLocation.Of(supplier));
                }
            }

            return;
        }

        if (!ModelChecks.SellerIdentified(context.Invoice))
        {
            findings.Add(this, FindingLocation.Seller(context));
        }
    }
}
