using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-56: Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).</summary>
internal sealed class BR_56() : Rule("BR-56", "Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Ubl } xml)
        {
            // exists(PartyTaxScheme[TaxScheme/normalize-space(upper-case(ID)) = 'VAT']/CompanyID): an empty one is present.
            foreach (var party in xml.Named(Ns.Cac + "TaxRepresentativeParty"))
            {
                if (!party.Elements(Ns.Cac + "PartyTaxScheme").Where(CoreXml.IsUblVatScheme).Elements(Ns.Cbc + "CompanyID").Any())
                {
                    findings.Add(this, FindingLocation.TaxRepresentative(context));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (i.TaxRepresentative is not null && !ModelChecks.NotBlank(i.TaxRepresentative.VatId?.Value))
        {
            findings.Add(this, FindingLocation.TaxRepresentative(c));
        }
    }
}
