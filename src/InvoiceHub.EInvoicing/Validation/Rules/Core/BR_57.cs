using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-57: Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).</summary>
internal sealed class BR_57() : Rule("BR-57", "Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).")
{
    private static readonly XName[] _countryCode = [Ns.Cac + "Country", Ns.Cbc + "IdentificationCode"];

    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Ubl } xml)
        {
            // exists(cac:Country/cbc:IdentificationCode) on each delivery address: an empty code is present.
            foreach (var address in xml.Named(Ns.Cac + "Address").Where(a => a.Parent?.Name == Ns.Cac + "DeliveryLocation" && a.Parent.Parent?.Name == Ns.Cac + "Delivery"))
            {
                if (!CoreXml.AnyAt(address, _countryCode))
                {
                    findings.Add(this, FindingLocation.Delivery(context));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (i.Delivery?.Address is not null && !ModelChecks.NotBlank(i.Delivery.Address.CountryCode))
        {
            findings.Add(this, FindingLocation.Delivery(c));
        }
    }
}
