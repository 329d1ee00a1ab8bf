using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-20: Every line shall have an ID, a quantity, a line extension amount, an item name and a price.</summary>
internal sealed class OIOUBL_20() : XmlRule("OIOUBL-20", "Every line shall have an ID, a quantity, a line extension amount, an item name and a price.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var line in root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine")))
        {
            Assert(findings, line, line.HasText("cbc:ID") && (line.HasElementAt("cbc:InvoicedQuantity") || line.HasElementAt("cbc:CreditedQuantity")) && line.HasText("cbc:LineExtensionAmount")
                && line.HasElementAt("cac:Item") && line.HasElementAt("cac:Price/cbc:PriceAmount"));
        }
    }
}
