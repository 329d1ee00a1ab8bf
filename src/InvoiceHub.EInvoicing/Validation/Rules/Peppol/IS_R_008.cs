using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-008: [IS-R-008]-If seller is icelandic and invoice contains supporting description EINDAGI then the id form must be YYYY-MM-DD — Ef seljandi er íslenskur þá skal eindagi (BT-122, DocumentDescription = EINDAGI) vera á forminu YYYY-MM-DD.</summary>
internal sealed class IS_R_008() : XmlRule("IS-R-008", "[IS-R-008]-If seller is icelandic and invoice contains supporting description EINDAGI then the id form must be YYYY-MM-DD — Ef seljandi er íslenskur þá skal eindagi (BT-122, DocumentDescription = EINDAGI) vera á forminu YYYY-MM-DD.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root))
        {
            return;
        }

        var due = PeppolNational.DocumentReferences(root, "EINDAGI").ToList();
        var id = due.SelectMany(d => d.AllAt("cbc:ID")).FirstOrDefault()?.Value ?? string.Empty;
        Assert(findings, root, due.Count == 0 || (id.Length == 10 && PeppolChecks.IsDate(id)));
    }
}
