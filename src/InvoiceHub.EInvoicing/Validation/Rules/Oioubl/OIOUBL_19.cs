using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-19: A document shall have at least one line.</summary>
internal sealed class OIOUBL_19() : XmlRule("OIOUBL-19", "A document shall have at least one line.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, root.HasElementAt("cac:InvoiceLine") || root.HasElementAt("cac:CreditNoteLine"));
    }
}
