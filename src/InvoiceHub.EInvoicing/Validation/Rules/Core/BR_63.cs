using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// BR-63: The Buyer electronic address (BT-49) shall have a Scheme identifier. In CII the official test looks at the
/// first URIUniversalCommunication of every BuyerTradeParty (a repeated party included): fine when none has one,
/// otherwise the scheme ids found must not be blank.
/// </summary>
internal sealed class BR_63() : Rule("BR-63", "The Buyer electronic address (BT-49) shall have a Scheme identifier.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // UBL exists(@schemeID) on each endpoint (an empty scheme is present); CII normalize-space of the first
            // URI communication's scheme, which fails as well when that communication has no URIID.
            if (CoreXml.EndpointWithoutScheme(xml, "AccountingCustomerParty", "BuyerTradeParty"))
            {
                findings.Add(this, FindingLocation.Buyer(context));
            }

            return;
        }

        var i = context.Invoice;
        if (i.Buyer.ElectronicAddress is not null && !ModelChecks.NotBlank(i.Buyer.ElectronicAddress.SchemeId))
        {
            findings.Add(this, FindingLocation.Buyer(context));
        }
    }
}
