using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-04: In the extension, any party identifier scheme (BT-29, BT-46, BT-60) MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03 (SEPA for seller and payee).</summary>
internal sealed class BR_DEX_04() : XmlRule("BR-DEX-04", "In the extension, any party identifier scheme (BT-29, BT-46, BT-60) MUST be coded using the ISO 6523 ICD list or XR01, XR02, XR03 (SEPA for seller and payee).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        var ids = cii
            ? context.Xml!.Descendants(Ns.Ram + "GlobalID").Where(e => e.Attribute("schemeID") is not null && !e.Ancestors(Ns.Ram + "SpecifiedTradeProduct").Any() && !e.Ancestors(Ns.Ram + "ShipToTradeParty").Any())
            : context.Xml!.Descendants(Ns.Cbc + "ID").Where(e => e.Parent?.Name == Ns.Cac + "PartyIdentification" && e.Attribute("schemeID") is not null);
        foreach (var id in ids)
        {
            Assert(findings, id, XRechnungCommon.ExtensionScheme(id, Codes.XRechnungIcd)
                || (!cii && id.Attribute("schemeID").NormalizeSpace() == "SEPA" && (id.Ancestors(Ns.Cac + "AccountingSupplierParty").Any() || id.Ancestors(Ns.Cac + "PayeeParty").Any())));
        }
    }
}
