using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>
/// What the official tests of BR-x-01..04 count, read from the XML in one pass over the category elements: a line's
/// category is its <c>Item/ClassifiedTaxCategory</c> only (UBL), a category under a scheme other than VAT (GST,
/// OIOUBL's <c>63</c>) counts where the official XPath has no scheme filter and not where it has one, and category codes
/// are compared as the XPath compares them (<c>normalize-space</c> in most UBL tests, the raw value in some, and the raw
/// value in every CII test).
/// </summary>
internal sealed class VatCategoryXml
{
    private static readonly object _key = new();
    private readonly Dictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    private VatCategoryXml(XmlIndex xml)
    {
        if (xml.Syntax == XmlSyntax.Cii)
        {
            ReadCii(xml);
        }
        else
        {
            ReadUbl(xml);
        }
    }

    /// <summary>UBL: a seller <c>PartyTaxScheme/CompanyID</c> of any scheme (the S, Z, E, AE, L, M tests).</summary>
    public bool SellerCompanyId { get; private set; }

    /// <summary>UBL: a seller <c>PartyTaxScheme[VAT]/CompanyID</c> (the K, G, O tests).</summary>
    public bool SellerVatId { get; private set; }

    /// <summary>UBL: a tax representative <c>PartyTaxScheme[VAT]/CompanyID</c>.</summary>
    public bool RepresentativeVatId { get; private set; }

    /// <summary>UBL: a buyer <c>PartyTaxScheme[VAT]/CompanyID</c>.</summary>
    public bool BuyerVatId { get; private set; }

    /// <summary>UBL: a buyer <c>PartyLegalEntity/CompanyID</c>.</summary>
    public bool BuyerLegalId { get; private set; }

    public static VatCategoryXml Of(ValidationContext context) => context.Shared(_key, c => new VatCategoryXml(c.Xml!));

    public Counts For(string code) => _counts.TryGetValue(code, out var counts) ? counts : Counts.None;

    /// <summary>True when a code other than <paramref name="code"/> (an absent code included) has a count.</summary>
    public bool AnyOther(string code, Func<Counts, int> count) => _counts.Any(pair => pair.Key != code && count(pair.Value) > 0);

    /// <summary>True when every VAT line, allowance or charge of the category has the registrations its official test asks for (UBL).</summary>
    public bool UblRegistered(string code) => code switch
    {
        "AE" => (SellerCompanyId || RepresentativeVatId) && (BuyerVatId || BuyerLegalId),
        "K" => (SellerVatId || RepresentativeVatId) && BuyerVatId,
        "G" => SellerVatId || RepresentativeVatId,
        "O" => !SellerVatId && !RepresentativeVatId && !BuyerVatId,
        _ => SellerCompanyId || RepresentativeVatId,
    };

    private void ReadUbl(XmlIndex xml)
    {
        foreach (var category in xml.Named(Ns.Cac + "ClassifiedTaxCategory"))
        {
            var counts = Get(UblCode(category));
            counts.Classified++;
            if (IsUblVat(category))
            {
                counts.ClassifiedVat++;
                if (category.Parent is { Name.LocalName: "Item" } item && item.Parent?.Name.LocalName is "InvoiceLine" or "CreditNoteLine")
                {
                    counts.LineContexts.Add(category);
                }
            }
        }

        foreach (var category in xml.Named(Ns.Cac + "TaxCategory"))
        {
            var code = UblCode(category);
            var vat = IsUblVat(category);
            var parent = category.Parent;
            if (vat)
            {
                Get(code).TaxCategoryVat++;
            }

            if (parent?.Name == Ns.Cac + "AllowanceCharge")
            {
                var counts = Get(code);
                counts.AllowanceChargeTax++;
                counts.AllowanceChargeTaxVat += vat ? 1 : 0;
                var indicator = parent.Element(Ns.Cbc + "ChargeIndicator");
                var atRoot = parent.Parent == xml.Root;
                if (vat && indicator.IsFalse())
                {
                    counts.AllowanceContexts.Add(category);
                    counts.RootAllowanceVat += atRoot ? 1 : 0;
                }
                else if (vat && indicator.IsTrue())
                {
                    counts.ChargeContexts.Add(category);
                    counts.RootChargeVat += atRoot ? 1 : 0;
                    counts.ChargeVatExact += RawCode(category) == code ? 1 : 0;
                }
            }
            else if (parent?.Name == Ns.Cac + "TaxSubtotal" && parent.Parent is { Name.LocalName: "TaxTotal" } total && total.Parent == xml.Root)
            {
                var counts = Get(code);
                var exact = Get(RawCode(category) ?? string.Empty);
                counts.Breakdown++;
                exact.BreakdownExact++;
                if (vat)
                {
                    counts.BreakdownVat++;
                    exact.BreakdownExactVat++;
                }
            }
        }

        SellerCompanyId = PartyCompanyIds(xml, "AccountingSupplierParty", "PartyTaxScheme").Any();
        SellerVatId = PartyCompanyIds(xml, "AccountingSupplierParty", "PartyTaxScheme").Any(s => IsUblVat(s.Parent!));
        RepresentativeVatId = xml.Named(Ns.Cac + "TaxRepresentativeParty").Elements(Ns.Cac + "PartyTaxScheme")
            .Where(IsUblVat).Elements(Ns.Cbc + "CompanyID").Any();
        BuyerVatId = PartyCompanyIds(xml, "AccountingCustomerParty", "PartyTaxScheme").Any(s => IsUblVat(s.Parent!));
        BuyerLegalId = PartyCompanyIds(xml, "AccountingCustomerParty", "PartyLegalEntity").Any();
    }

    private void ReadCii(XmlIndex xml)
    {
        foreach (var tax in xml.Named(Ns.Ram + "ApplicableTradeTax"))
        {
            var parent = tax.Parent?.Name;
            foreach (var code in CiiCodes(tax))
            {
                if (parent == Ns.Ram + "SpecifiedLineTradeSettlement")
                {
                    var counts = Get(code);
                    counts.LineTax++;
                    if (IsCiiVat(tax) && tax.Parent!.Parent is { } line && line.Name == Ns.Ram + "IncludedSupplyChainTradeLineItem"
                        && line.Parent?.Name == Ns.Rsm + "SupplyChainTradeTransaction")
                    {
                        counts.ClassifiedVat++;
                        counts.LineContexts.Add(tax);
                    }
                }
                else if (parent == Ns.Ram + "ApplicableHeaderTradeSettlement")
                {
                    Get(code).HeaderTax++;
                }
            }
        }

        foreach (var tax in xml.Named(Ns.Ram + "CategoryTradeTax"))
        {
            var indicator = tax.Parent?.Name == Ns.Ram + "SpecifiedTradeAllowanceCharge"
                ? tax.Parent.Element(Ns.Ram + "ChargeIndicator")?.Element(Ns.Udt + "Indicator")
                : null;
            foreach (var code in CiiCodes(tax))
            {
                var counts = Get(code);
                counts.AllowanceChargeTax++;
                if (IsCiiVat(tax) && indicator.IsFalse())
                {
                    counts.AllowanceContexts.Add(tax);
                }
                else if (IsCiiVat(tax) && indicator.IsTrue())
                {
                    counts.ChargeContexts.Add(tax);
                }
            }
        }
    }

    private static IEnumerable<XElement> PartyCompanyIds(XmlIndex xml, string role, string scheme) =>
        xml.Named(Ns.Cac + role).Elements(Ns.Cac + "Party").Elements(Ns.Cac + scheme).Elements(Ns.Cbc + "CompanyID");

    // normalize-space(cbc:ID) of the category (empty when absent).
    private static string UblCode(XElement category) => category.Element(Ns.Cbc + "ID").NormalizeSpace();

    // cbc:ID as written, for the tests that compare it without normalize-space.
    private static string? RawCode(XElement category) => category.Element(Ns.Cbc + "ID")?.Value;

    private static bool IsUblVat(XElement element) =>
        element.Elements(Ns.Cac + "TaxScheme").Any(s => string.Equals(s.Element(Ns.Cbc + "ID").NormalizeSpace(), "VAT", StringComparison.OrdinalIgnoreCase));

    // ram:CategoryCode = 'X' is a general comparison: every CategoryCode child counts, as written.
    private static IEnumerable<string> CiiCodes(XElement tax) => tax.Elements(Ns.Ram + "CategoryCode").Select(c => c.Value).Distinct(StringComparer.Ordinal);

    // upper-case(ram:TypeCode) = 'VAT': the value as written, upper-cased, not trimmed.
    private static bool IsCiiVat(XElement tax) => tax.Elements(Ns.Ram + "TypeCode").Any(t => string.Equals(t.Value, "VAT", StringComparison.OrdinalIgnoreCase));

    private Counts Get(string code)
    {
        if (!_counts.TryGetValue(code, out var counts))
        {
            counts = new Counts();
            _counts.Add(code, counts);
        }

        return counts;
    }

    /// <summary>The counts of one category code.</summary>
    internal sealed class Counts
    {
        public static readonly Counts None = new();

        /// <summary>UBL <c>//cac:ClassifiedTaxCategory</c> of the code, any scheme.</summary>
        public int Classified { get; set; }

        /// <summary>UBL <c>//cac:ClassifiedTaxCategory</c> under VAT; CII line trade taxes with type code VAT.</summary>
        public int ClassifiedVat { get; set; }

        /// <summary>UBL <c>//cac:TaxCategory</c> under VAT anywhere (allowances, charges, breakdowns, line tax totals).</summary>
        public int TaxCategoryVat { get; set; }

        /// <summary>UBL <c>//cac:AllowanceCharge/cac:TaxCategory</c>, CII <c>//ram:CategoryTradeTax</c>, any scheme.</summary>
        public int AllowanceChargeTax { get; set; }

        /// <summary>The contexts of BR-x-05: UBL line <c>Item/ClassifiedTaxCategory</c>, CII line trade taxes, under VAT.</summary>
        public List<XElement> LineContexts { get; } = [];

        /// <summary>The contexts of BR-x-06: allowance (indicator false) categories of the code under VAT, anywhere.</summary>
        public List<XElement> AllowanceContexts { get; } = [];

        /// <summary>The contexts of BR-x-07: charge (indicator true) categories of the code under VAT, anywhere.</summary>
        public List<XElement> ChargeContexts { get; } = [];

        /// <summary>UBL <c>//cac:AllowanceCharge/cac:TaxCategory</c> of the code under VAT, any indicator.</summary>
        public int AllowanceChargeTaxVat { get; set; }

        /// <summary>UBL document level allowances of the code under VAT (the BR-O-03 test).</summary>
        public int RootAllowanceVat { get; set; }

        /// <summary>UBL document level charges of the code under VAT (the BR-O-04 test).</summary>
        public int RootChargeVat { get; set; }

        /// <summary>UBL charges under VAT whose <c>cbc:ID</c> is the code as written (the BR-AF-04 test).</summary>
        public int ChargeVatExact { get; set; }

        /// <summary>UBL breakdown categories, any scheme.</summary>
        public int Breakdown { get; set; }

        /// <summary>UBL breakdown categories under VAT.</summary>
        public int BreakdownVat { get; set; }

        /// <summary>UBL breakdown categories whose <c>cbc:ID</c> is the code as written, any scheme.</summary>
        public int BreakdownExact { get; set; }

        /// <summary>UBL breakdown categories whose <c>cbc:ID</c> is the code as written, under VAT.</summary>
        public int BreakdownExactVat { get; set; }

        /// <summary>CII line trade taxes of the code, any type code.</summary>
        public int LineTax { get; set; }

        /// <summary>CII header trade taxes (the VAT breakdown) of the code, any type code.</summary>
        public int HeaderTax { get; set; }
    }
}
