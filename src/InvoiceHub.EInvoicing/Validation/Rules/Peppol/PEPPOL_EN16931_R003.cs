using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R003: A buyer reference or purchase order reference MUST be provided.</summary>
internal sealed class PEPPOL_EN16931_R003() : XmlRule("PEPPOL-EN16931-R003", "A buyer reference or purchase order reference MUST be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Agreement) is { } agreement)
            {
                Assert(findings, agreement, agreement.HasElementAt("ram:BuyerReference") || agreement.HasElementAt("ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"));
            }

            return;
        }

        Assert(findings, root, root.HasElementAt("cbc:BuyerReference") || root.HasElementAt("cac:OrderReference/cbc:ID"));
    }
}
