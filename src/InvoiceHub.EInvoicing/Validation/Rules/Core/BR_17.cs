using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// BR-17: The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from the Seller
/// (BG-4). With the XML, every payee element is a context as in the official test (a repeated UBL PayeeParty, a CII
/// PayeeTradeParty below the payment terms), compared with the seller found from it by the official relative path.
/// </summary>
internal sealed class BR_17() : Rule("BR-17", "The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from the Seller (BG-4).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var payee in xml.Named(cii ? Ns.Ram + "PayeeTradeParty" : Ns.Cac + "PayeeParty"))
            {
                if (!(cii ? HoldsCii(payee) : HoldsUbl(payee)))
                {
                    findings.Add(this, XmlLocation.Of(payee));
                }
            }

            return;
        }

        var i = context.Invoice;
        if (i.Payee is not null && !ModelChecks.PayeeDiffers(context))
        {
            findings.Add(this, FindingLocation.Payee(context));
        }
    }

    // exists(cac:PartyName/cbc:Name) and no name and no identifier equal to the seller's (../cac:AccountingSupplierParty).
    private static bool HoldsUbl(XElement payee)
    {
        var seller = payee.Parent?.Elements(Ns.Cac + "AccountingSupplierParty").Elements(Ns.Cac + "Party") ?? [];
        var names = payee.Elements(Ns.Cac + "PartyName").Elements(Ns.Cbc + "Name").ToList();
        return names.Count > 0
            && !Shares(names, seller.Elements(Ns.Cac + "PartyName").Elements(Ns.Cbc + "Name"))
            && !Shares(payee.Elements(Ns.Cac + "PartyIdentification").Elements(Ns.Cbc + "ID"), seller.Elements(Ns.Cac + "PartyIdentification").Elements(Ns.Cbc + "ID"));
    }

    // ram:Name and no name, identifier or legal registration equal to the seller's (../../ram:ApplicableHeaderTradeAgreement).
    private static bool HoldsCii(XElement payee)
    {
        var seller = payee.Parent?.Parent?.Elements(Ns.Ram + "ApplicableHeaderTradeAgreement").Elements(Ns.Ram + "SellerTradeParty") ?? [];
        var names = payee.Elements(Ns.Ram + "Name").ToList();
        return names.Count > 0
            && !Shares(names, seller.Elements(Ns.Ram + "Name"))
            && !Shares(payee.Elements(Ns.Ram + "ID"), seller.Elements(Ns.Ram + "ID"))
            && !Shares(payee.Elements(Ns.Ram + "SpecifiedLegalOrganization").Elements(Ns.Ram + "ID"), seller.Elements(Ns.Ram + "SpecifiedLegalOrganization").Elements(Ns.Ram + "ID"));
    }

    // XPath general comparison of two node sets: some value of one equals some value of the other, as written.
    private static bool Shares(IEnumerable<XElement> left, IEnumerable<XElement> right)
    {
        var values = right.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        return values.Count > 0 && left.Any(e => values.Contains(e.Value));
    }
}
