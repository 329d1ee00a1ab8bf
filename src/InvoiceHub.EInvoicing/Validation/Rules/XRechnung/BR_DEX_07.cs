using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-07: In the extension, the endpoint identifier scheme (BT-34, BT-49) MUST belong to the CEF EAS code list or XR01, XR02, XR03.</summary>
internal sealed class BR_DEX_07() : XmlRule("BR-DEX-07", "In the extension, the endpoint identifier scheme (BT-34, BT-49) MUST belong to the CEF EAS code list or XR01, XR02, XR03.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        var ids = cii
            ? context.Xml!.Descendants(Ns.Ram + "URIID").Where(e => e.Parent?.Name == Ns.Ram + "URIUniversalCommunication" && e.Attribute("schemeID") is not null)
            : context.Xml!.Descendants(Ns.Cbc + "EndpointID").Where(e => e.Attribute("schemeID") is not null);
        foreach (var id in ids)
        {
            Assert(findings, id, XRechnungCommon.ExtensionScheme(id, Codes.XRechnungEas));
        }
    }
}
