using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-08: The supplier party (AccountingSupplierParty) shall be present with a name, a postal address and an endpoint.</summary>
internal sealed class OIOUBL_08() : XmlRule("OIOUBL-08", "The supplier party (AccountingSupplierParty) shall be present with a name, a postal address and an endpoint.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var party = root.FirstAt("cac:AccountingSupplierParty/cac:Party");
        Assert(findings, party ?? root, party is not null && party.HasElementAt("cbc:EndpointID") && party.HasElementAt("cac:PostalAddress")
            && (party.HasText("cac:PartyName/cbc:Name") || party.HasText("cac:PartyLegalEntity/cbc:RegistrationName")));
    }
}
