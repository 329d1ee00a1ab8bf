using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-09: The customer party (AccountingCustomerParty) shall be present with a name, a postal address and an endpoint.</summary>
internal sealed class OIOUBL_09() : XmlRule("OIOUBL-09", "The customer party (AccountingCustomerParty) shall be present with a name, a postal address and an endpoint.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var party = root.FirstAt("cac:AccountingCustomerParty/cac:Party");
        Assert(findings, party ?? root, party is not null && party.HasElementAt("cbc:EndpointID") && party.HasElementAt("cac:PostalAddress")
            && (party.HasText("cac:PartyName/cbc:Name") || party.HasText("cac:PartyLegalEntity/cbc:RegistrationName")));
    }
}
