using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-62: The Seller electronic address (BT-34) shall have a Scheme identifier.</summary>
internal sealed class BR_62() : Rule("BR-62", "The Seller electronic address (BT-34) shall have a Scheme identifier.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // UBL exists(@schemeID) on each endpoint (an empty scheme is present); CII normalize-space of the first
            // URI communication's scheme, which fails as well when that communication has no URIID.
            if (CoreXml.EndpointWithoutScheme(xml, "AccountingSupplierParty", "SellerTradeParty"))
            {
                findings.Add(this, FindingLocation.Seller(context));
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (i.Seller.ElectronicAddress is not null && !ModelChecks.NotBlank(i.Seller.ElectronicAddress.SchemeId))
        {
            findings.Add(this, FindingLocation.Seller(c));
        }
    }
}
