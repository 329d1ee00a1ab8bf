using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-06: In the extension, the item standard identifier scheme (BT-157) MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03.</summary>
internal sealed class BR_DEX_06() : XmlRule("BR-DEX-06", "In the extension, the item standard identifier scheme (BT-157) MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        var ids = cii
            ? context.Xml!.Descendants(Ns.Ram + "GlobalID").Where(e => e.Parent?.Name == Ns.Ram + "SpecifiedTradeProduct" && e.Attribute("schemeID") is not null)
            : context.Xml!.Descendants(Ns.Cbc + "ID").Where(e => e.Parent?.Name == Ns.Cac + "StandardItemIdentification" && e.Attribute("schemeID") is not null);
        foreach (var id in ids)
        {
            Assert(findings, id, XRechnungCommon.ExtensionScheme(id, Codes.XRechnungIcd));
        }
    }
}
