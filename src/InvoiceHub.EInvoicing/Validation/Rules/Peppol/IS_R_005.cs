using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-005: [IS-R-005]-If seller and buyer are icelandic then the invoice shall contain the buyers address with street name and zip code — Ef seljandi og kaupandi eru íslenskir þá skal heimilisfang kaupanda innihalda götuheiti og póstnúmer (BT-50 og BT-53)</summary>
internal sealed class IS_R_005() : XmlRule("IS-R-005", "[IS-R-005]-If seller and buyer are icelandic then the invoice shall contain the buyers address with street name and zip code — Ef seljandi og kaupandi eru íslenskir þá skal heimilisfang kaupanda innihalda götuheiti og póstnúmer (BT-50 og BT-53)", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root) || !PeppolNational.IsCustomer(root))
        {
            return;
        }

        foreach (var customer in root.AllAt("cac:AccountingCustomerParty"))
        {
            Assert(findings, customer, customer.HasElementAt("cac:Party/cac:PostalAddress/cbc:StreetName") && customer.HasElementAt("cac:Party/cac:PostalAddress/cbc:PostalZone"));
        }
    }
}
