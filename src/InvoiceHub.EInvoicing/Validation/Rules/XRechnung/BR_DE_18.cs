using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-18: Skonto lines in Payment terms (BT-20) shall be written as #SKONTO#TAGE=n#PROZENT=n.nn#(BASISBETRAG=n.nn#), each followed by a line break.</summary>
internal sealed class BR_DE_18() : XmlRule("BR-DE-18", "Skonto lines in Payment terms (BT-20) shall be written as #SKONTO#TAGE=n#PROZENT=n.nn#(BASISBETRAG=n.nn#), each followed by a line break.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var terms in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradePaymentTerms") : root.AllAt("cac:PaymentTerms"))
        {
            if (terms.FirstAt(cii ? "ram:Description" : "cbc:Note") is { } note && !XRechnungCommon.SkontoWellFormed(note.Value))
            {
                Fail(findings, note);
            }
        }
    }
}
