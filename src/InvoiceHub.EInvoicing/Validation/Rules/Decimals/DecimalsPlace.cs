using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>
/// Where a BR-DEC amount is in the XML, as the official rule says it: the rule's context elements and the amount the
/// test reads from each (<c>string-length(substring-after(amount, '.')) &lt;= 2</c> on the text as written, so spaces
/// around it, or a second dot, count as decimals). The model keeps the number only, which hides both.
/// </summary>
internal sealed record DecimalsPlace(Func<XmlIndex, IEnumerable<XElement>> Contexts, Func<XElement, XElement?> Amount)
{
    /// <summary>UBL: the document level allowances (or charges) of the root.</summary>
    public static DecimalsPlace UblDocumentAllowanceCharge(bool charge, string amount) =>
        new(xml => xml.Root.Elements(Ns.Cac + "AllowanceCharge").Where(a => IsUblIndicator(a, charge)), a => a.Element(Ns.Cbc + amount));

    /// <summary>UBL: the allowances (or charges) of every invoice or credit note line.</summary>
    public static DecimalsPlace UblLineAllowanceCharge(bool charge, string amount) =>
        new(xml => xml.Named(Ns.Cac + "AllowanceCharge").Where(a => a.Parent?.Name == Ns.Cac + "InvoiceLine" || a.Parent?.Name == Ns.Cac + "CreditNoteLine")
                .Where(a => IsUblIndicator(a, charge)),
            a => a.Element(Ns.Cbc + amount));

    /// <summary>UBL: every <c>cac:LegalMonetaryTotal</c>.</summary>
    public static DecimalsPlace UblTotals(string amount) => new(xml => xml.Named(Ns.Cac + "LegalMonetaryTotal"), t => t.Element(Ns.Cbc + amount));

    /// <summary>UBL: every <c>cac:TaxTotal/cac:TaxSubtotal</c>.</summary>
    public static DecimalsPlace UblSubtotals(string amount) =>
        new(xml => xml.Named(Ns.Cac + "TaxSubtotal").Where(s => s.Parent?.Name == Ns.Cac + "TaxTotal"), s => s.Element(Ns.Cbc + amount));

    /// <summary>UBL: every <c>cac:InvoiceLine | cac:CreditNoteLine</c>.</summary>
    public static DecimalsPlace UblLines(string amount) =>
        new(xml => xml.Named(Ns.Cac + "InvoiceLine").Concat(xml.Named(Ns.Cac + "CreditNoteLine")), l => l.Element(Ns.Cbc + amount));

    /// <summary>CII: the charge indicators (<c>udt:Indicator</c> 'true' or 'false' as written) of the allowances and charges of a settlement.</summary>
    public static DecimalsPlace CiiAllowanceCharge(string settlement, bool charge, string amount) =>
        new(xml => xml.Named(Ns.Ram + "ChargeIndicator")
                .Where(i => i.Parent is { } ac && ac.Name == Ns.Ram + "SpecifiedTradeAllowanceCharge" && ac.Parent?.Name == Ns.Ram + settlement)
                .Where(i => i.Elements(Ns.Udt + "Indicator").Any(v => v.Value == (charge ? "true" : "false"))),
            i => i.Parent!.Element(Ns.Ram + amount));

    /// <summary>CII: every <c>ram:SpecifiedTradeSettlementHeaderMonetarySummation</c>.</summary>
    public static DecimalsPlace CiiTotals(string amount) =>
        new(xml => xml.Named(Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation"), t => t.Element(Ns.Ram + amount));

    /// <summary>CII: the header <c>ram:ApplicableTradeTax</c> the breakdown rule of the official pattern judges.</summary>
    public static DecimalsPlace CiiBreakdowns(string amount) => new(CoreXml.Breakdowns, t => t.Element(Ns.Ram + amount));

    /// <summary>CII: every line's <c>SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount</c>.</summary>
    public static DecimalsPlace CiiLines() =>
        new(xml => xml.Named(Ns.Ram + "IncludedSupplyChainTradeLineItem"),
            l => l.Elements(Ns.Ram + "SpecifiedLineTradeSettlement").Elements(Ns.Ram + "SpecifiedTradeSettlementLineMonetarySummation")
                .Elements(Ns.Ram + "LineTotalAmount").FirstOrDefault());

    /// <summary>The contexts whose amount has more than two decimals as the official test counts them.</summary>
    public IEnumerable<XElement> Failing(XmlIndex xml) =>
        Contexts(xml).Where(c => Amount(c) is { } amount && XmlExtensions.FractionDigits(amount.Value) > 2);

    // `cbc:ChargeIndicator = false()` casts the text to xs:boolean; a text that is neither fails the cast, and the
    // official run stops on the document, so it is neither an allowance nor a charge here.
    private static bool IsUblIndicator(XElement allowanceCharge, bool charge)
    {
        var indicator = allowanceCharge.Element(Ns.Cbc + "ChargeIndicator");
        return charge ? indicator.IsTrue() : indicator.IsFalse();
    }
}

/// <summary>A BR-DEC row judged on the XML where there is one (<see cref="DecimalsPlace"/>), on the model otherwise.</summary>
internal sealed class XmlDecimalsRule(Rule model, DecimalsPlace ubl, DecimalsPlace cii) : Rule(model.Id, model.Message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            model.Check(context, findings);
            return;
        }

        foreach (var failing in (xml.Syntax == XmlSyntax.Cii ? cii : ubl).Failing(xml))
        {
            findings.Add(this, Location(failing));
        }
    }

    // Where the model rules put the finding: an allowance, a charge, a breakdown and a line always carry their position.
    private static string Location(XElement context) =>
        context.Name == Ns.Ram + "ChargeIndicator" ? XmlLocation.Line(context.Parent!)
        : context.Name == Ns.Cac + "LegalMonetaryTotal" || context.Name == Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation" ? XmlLocation.Of(context)
        : XmlLocation.Line(context);
}
