using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-03: ProfileID shall be present.</summary>
internal sealed class OIOUBL_03() : XmlRule("OIOUBL-03", "ProfileID shall be present.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, root.HasText("cbc:ProfileID"));
    }
}
