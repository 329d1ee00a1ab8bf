using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-16: LegalMonetaryTotal with LineExtensionAmount, TaxInclusiveAmount and PayableAmount shall be present.</summary>
internal sealed class OIOUBL_16() : XmlRule("OIOUBL-16", "LegalMonetaryTotal with LineExtensionAmount, TaxInclusiveAmount and PayableAmount shall be present.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var totals = root.FirstAt("cac:LegalMonetaryTotal");
        Assert(findings, totals ?? root, totals is not null && totals.HasText("cbc:LineExtensionAmount") && totals.HasText("cbc:TaxInclusiveAmount") && totals.HasText("cbc:PayableAmount"));
    }
}
