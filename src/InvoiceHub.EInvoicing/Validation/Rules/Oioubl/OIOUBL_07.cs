using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-07: An invoice shall have an InvoiceTypeCode.</summary>
internal sealed class OIOUBL_07() : XmlRule("OIOUBL-07", "An invoice shall have an InvoiceTypeCode.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.Name.LocalName == "Invoice")
        {
            Assert(findings, root, root.HasText("cbc:InvoiceTypeCode"));
        }
    }
}
