using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// BR-09 and BR-11: the seller's (buyer's) postal address has a country code. UBL judges each postal address of each
/// party element (<c>cac:AccountingSupplierParty/cac:Party/cac:PostalAddress</c>); CII judges the document, so there
/// a missing address fails as well.
/// </summary>
internal abstract class PartyCountryRule(string id, string message, string ublParty, string ciiParty, Func<Invoice, Party> party) : Rule(id, message)
{
    public sealed override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            if (xml.Syntax == XmlSyntax.Cii)
            {
                var country = xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeAgreement")
                    .Elements(Ns.Ram + ciiParty).Elements(Ns.Ram + "PostalTradeAddress").Elements(Ns.Ram + "CountryID").FirstOrDefault();
                if (country.NormalizeSpace().Length == 0)
                {
                    findings.Add(this, XmlLocation.Of(xml.Root));
                }

                return;
            }

            foreach (var role in xml.Named(Ns.Cac + ublParty))
            {
                foreach (var address in role.Elements(Ns.Cac + "Party").Elements(Ns.Cac + "PostalAddress"))
                {
                    if (address.Elements(Ns.Cac + "Country").Elements(Ns.Cbc + "IdentificationCode").FirstOrDefault().NormalizeSpace().Length == 0)
                    {
                        findings.Add(this, XmlLocation.Of(address));
                    }
                }
            }

            return;
        }

        var modelAddress = party(context.Invoice).Address;
        if ((modelAddress is null && ModelChecks.IsCii(context)) || (modelAddress is not null && !ModelChecks.NotBlank(modelAddress.CountryCode)))
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
