using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-010: [IS-R-010]-If seller is icelandic and invoice contains supporting description EINDAGI the id date must be same or later than due date — Ef seljandi er íslenskur þá skal eindagi (BT-122, DocumentDescription = EINDAGI) skal vera sami eða síðar en gjalddagi (BT-9) ef eindagi er til staðar.</summary>
internal sealed class IS_R_010() : XmlRule("IS-R-010", "[IS-R-010]-If seller is icelandic and invoice contains supporting description EINDAGI the id date must be same or later than due date — Ef seljandi er íslenskur þá skal eindagi (BT-122, DocumentDescription = EINDAGI) skal vera sami eða síðar en gjalddagi (BT-9) ef eindagi er til staðar.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root))
        {
            return;
        }

        var due = PeppolNational.DocumentReferences(root, "EINDAGI").ToList();

        // DueDate <= EINDAGI id, compared as strings (both untyped).
        Assert(findings, root, due.Count == 0 || root.AllAt("cbc:DueDate").Any(d => due.SelectMany(r => r.AllAt("cbc:ID")).Any(i => string.CompareOrdinal(d.Value, i.Value) <= 0)));
    }
}
