using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>
/// The registrations the CII binding of BR-x-02/03/04 asks for, read from the XML as the official tests do: only
/// <c>schemeID="VA"</c> is a VAT identifier and only <c>FC</c> a tax registration; other scheme ids are neither.
/// </summary>
internal static class CiiTaxRegistrations
{
    public static bool AreHeldFor(string categoryCode, XmlIndex xml)
    {
        var sellerVat = AnyRegistration(xml, "SellerTradeParty", "VA");
        var sellerVatOrTax = sellerVat || AnyRegistration(xml, "SellerTradeParty", "FC");
        var representativeVat = AnyRegistration(xml, "SellerTaxRepresentativeTradeParty", "VA");
        var buyerVat = AnyRegistration(xml, "BuyerTradeParty", "VA");
        return categoryCode switch
        {
            "AE" => (sellerVatOrTax || representativeVat)
                && (buyerVat || xml.Named(Ns.Ram + "BuyerTradeParty").Elements(Ns.Ram + "SpecifiedLegalOrganization").Elements(Ns.Ram + "ID").Any()),
            "K" => (sellerVat || representativeVat) && buyerVat,
            "G" => sellerVat || representativeVat,
            "O" => !sellerVat && !representativeVat && !buyerVat,
            _ => sellerVatOrTax || representativeVat,
        };
    }

    private static bool AnyRegistration(XmlIndex xml, string party, string scheme) =>
        xml.Named(Ns.Ram + party).Elements(Ns.Ram + "SpecifiedTaxRegistration").Elements(Ns.Ram + "ID").Any(id => (string?)id.Attribute("schemeID") == scheme);
}
