using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-04: The document number (ID) shall be present.</summary>
internal sealed class OIOUBL_04() : XmlRule("OIOUBL-04", "The document number (ID) shall be present.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, root.HasText("cbc:ID"));
    }
}
