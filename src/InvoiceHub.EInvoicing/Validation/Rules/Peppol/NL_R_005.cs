using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-005: [NL-R-005] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer's legal entity identifier MUST be either a KVK or OIN number (schemeID 0106 or 0190)</summary>
internal sealed class NL_R_005() : XmlRule("NL-R-005", "[NL-R-005] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer's legal entity identifier MUST be either a KVK or OIN number (schemeID 0106 or 0190)")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.NlSupplier(root, cii) && PeppolNational.NlCustomer(root, cii))
        {
            foreach (var id in root.AllAt(cii ? PeppolNational.Buyer + "/ram:SpecifiedLegalOrganization/ram:ID" : PeppolNational.Customer + "/cac:PartyLegalEntity/cbc:CompanyID"))
            {
                Assert(findings, id, PeppolNational.KvkOrOin(id));
            }
        }
    }
}
