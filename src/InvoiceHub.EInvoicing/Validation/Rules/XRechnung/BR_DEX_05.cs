using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-05: In the extension, any legal registration identifier scheme MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03.</summary>
internal sealed class BR_DEX_05() : XmlRule("BR-DEX-05", "In the extension, any legal registration identifier scheme MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        var ids = cii
            ? context.Xml!.Descendants(Ns.Ram + "ID").Where(e => e.Attribute("schemeID") is not null && !e.Ancestors(Ns.Ram + "SpecifiedTaxRegistration").Any())
            : context.Xml!.Descendants(Ns.Cbc + "CompanyID").Where(e => e.Parent?.Name == Ns.Cac + "PartyLegalEntity" && e.Attribute("schemeID") is not null);
        foreach (var id in ids)
        {
            Assert(findings, id, XRechnungCommon.ExtensionScheme(id, Codes.XRechnungIcd));
        }
    }
}
