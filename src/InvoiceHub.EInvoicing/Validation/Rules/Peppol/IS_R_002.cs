using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-002: [IS-R-002]-If seller is icelandic then it shall contain sellers legal id — Ef seljandi er íslenskur þá skal reikningur innihalda íslenska kennitölu seljanda (BT-30).</summary>
internal sealed class IS_R_002() : XmlRule("IS-R-002", "[IS-R-002]-If seller is icelandic then it shall contain sellers legal id — Ef seljandi er íslenskur þá skal reikningur innihalda íslenska kennitölu seljanda (BT-30).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root))
        {
            return;
        }

        var ids = root.AllAt(PeppolNational.Supplier + "/cac:PartyLegalEntity/cbc:CompanyID").ToList();
        Assert(findings, root, ids.Count > 0 && ids.Any(i => i.Attribute("schemeID")?.Value == "0196"));
    }
}
