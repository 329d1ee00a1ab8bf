using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>IS-R-007: [IS-R-007]-If seller is icelandic and payment means code is 42 then a 12 digit account id must exist — Ef seljandi er íslenskur og greiðslumáti (BT-81) er millifærsla (kóti 42) þá skal koma fram 12 stafa reikningnúmer (BT-84)</summary>
internal sealed class IS_R_007() : XmlRule("IS-R-007", "[IS-R-007]-If seller is icelandic and payment means code is 42 then a 12 digit account id must exist — Ef seljandi er íslenskur og greiðslumáti (BT-81) er millifærsla (kóti 42) þá skal koma fram 12 stafa reikningnúmer (BT-84)", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.IsSupplier(root))
        {
            return;
        }

        var means = root.AllAt("cac:PaymentMeans").Where(m => m.AllAt("cbc:PaymentMeansCode").Any(c => c.Value == "42")).ToList();
        var account = means.SelectMany(m => m.AllAt("cac:PayeeFinancialAccount/cbc:ID")).FirstOrDefault();
        Assert(findings, root, means.Count == 0 || (account is not null && account.NormalizeSpace().Length == 12));
    }
}
