using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>The ten VAT category families and their rule instances.</summary>
internal static class VatCategoryFamilies
{
    public static readonly VatCategory Standard = new("BR-S", "S", "Standard rated", r => r > 0, "greater than zero", ModelChecks.SellerTaxRegistered,
        "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)", false, false, true);

    public static readonly VatCategory ZeroRated = new("BR-Z", "Z", "Zero rated", r => r == 0, "0 (zero)", ModelChecks.SellerTaxRegistered,
        "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)", false, true, false);

    public static readonly VatCategory Exempt = new("BR-E", "E", "Exempt from VAT", r => r == 0, "0 (zero)", ModelChecks.SellerTaxRegistered,
        "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)", true, true, false);

    public static readonly VatCategory ReverseCharge = new("BR-AE", "AE", "Reverse charge", r => r == 0, "0 (zero)",
        i => ModelChecks.SellerTaxRegistered(i) && (ModelChecks.NotBlank(i.Buyer.VatId?.Value) || ModelChecks.NotBlank(i.Buyer.LegalRegistrationId?.Value)),
        "the Seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48) and/or the Buyer legal registration identifier (BT-47)", true, true, false);

    public static readonly VatCategory IntraCommunity = new("BR-IC", "K", "Intra-community supply", r => r == 0, "0 (zero)",
        i => ModelChecks.SellerVatRegistered(i) && ModelChecks.NotBlank(i.Buyer.VatId?.Value),
        "the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48)", true, true, false);

    public static readonly VatCategory Export = new("BR-G", "G", "Export outside the EU", r => r == 0, "0 (zero)", ModelChecks.SellerVatRegistered,
        "the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)", true, true, false);

    public static readonly VatCategory NotSubject = new("BR-O", "O", "Not subject to VAT", r => r is null, "not present",
        i => !ModelChecks.NotBlank(i.Seller.VatId?.Value) && !ModelChecks.NotBlank(i.TaxRepresentative?.VatId?.Value) && !ModelChecks.NotBlank(i.Buyer.VatId?.Value),
        "no Seller VAT identifier (BT-31), Seller tax representative VAT identifier (BT-63) or Buyer VAT identifier (BT-48)", true, true, false);

    public static readonly VatCategory Igic = new("BR-AF", "L", "IGIC (Canary Islands)", r => r >= 0, "0 (zero) or greater than zero", ModelChecks.SellerTaxRegistered,
        "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)", false, false, true);

    public static readonly VatCategory Ipsi = new("BR-AG", "M", "IPSI (Ceuta and Melilla)", r => r >= 0, "0 (zero) or greater than zero", ModelChecks.SellerTaxRegistered,
        "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)", false, false, true);

    public static readonly IReadOnlyList<VatCategory> All = [Standard, ZeroRated, Exempt, ReverseCharge, IntraCommunity, Export, NotSubject, Igic, Ipsi];

    public static IEnumerable<Rule> Rules()
    {
        foreach (var category in All)
        {
            yield return new CategoryBreakdownRule(category);
            yield return new CategoryRegistrationRule(category, CategoryScope.Lines);
            yield return new CategoryRegistrationRule(category, CategoryScope.Allowances);
            yield return new CategoryRegistrationRule(category, CategoryScope.Charges);
            yield return new CategoryRateRule(category, CategoryScope.Lines);
            yield return new CategoryRateRule(category, CategoryScope.Allowances);
            yield return new CategoryRateRule(category, CategoryScope.Charges);
            yield return new CategoryTaxableAmountRule(category);
            yield return new CategoryTaxAmountRule(category);
            yield return new CategoryExemptionReasonRule(category);
        }

        yield return new BR_IC_11();
        yield return new BR_IC_12();
        yield return new BR_O_11();
        yield return new BR_O_12();
        yield return new BR_O_13();
        yield return new BR_O_14();
        yield return new BR_B_01();
        yield return new BR_B_02();
    }
}
