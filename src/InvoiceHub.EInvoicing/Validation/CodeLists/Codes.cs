namespace InvoiceHub.EInvoicing.Validation.CodeLists;

/// <summary>The code lists the rules check, each loaded on first use (thread-safe, shared by all validations).</summary>
internal static class Codes
{
    private static readonly Lazy<CodeList> s_invoiceTypes = Of("untdid1001-invoice");
    private static readonly Lazy<CodeList> s_creditNoteTypes = Of("untdid1001-creditnote");
    private static readonly Lazy<CodeList> s_documentTypes = Of("untdid1001");
    private static readonly Lazy<CodeList> s_currencies = Of("iso4217");
    private static readonly Lazy<CodeList> s_taxPointUbl = Of("untdid2005-ubl");
    private static readonly Lazy<CodeList> s_taxPointCii = Of("untdid2475-cii");
    private static readonly Lazy<CodeList> s_referenceQualifiers = Of("untdid1153");
    private static readonly Lazy<CodeList> s_textSubjects = Of("untdid4451");
    private static readonly Lazy<CodeList> s_icd = Of("iso6523-icd");
    private static readonly Lazy<CodeList> s_itemTypes = Of("untdid7143");
    private static readonly Lazy<CodeList> s_countries = Of("iso3166");
    private static readonly Lazy<CodeList> s_vatPrefixes = Of("vat-prefix");
    private static readonly Lazy<CodeList> s_paymentMeans = Of("untdid4461");
    private static readonly Lazy<CodeList> s_vatCategories = Of("untdid5305");
    private static readonly Lazy<CodeList> s_allowanceReasons = Of("untdid5189");
    private static readonly Lazy<CodeList> s_chargeReasons = Of("untdid7161");
    private static readonly Lazy<CodeList> s_vatex = Of("vatex");
    private static readonly Lazy<CodeList> s_units = Of("unece-rec20-rec21");
    private static readonly Lazy<CodeList> s_mime = Of("mime");
    private static readonly Lazy<CodeList> s_eas = Of("eas");
    private static readonly Lazy<CodeList> s_peppolEas = Of("peppol-eas");
    private static readonly Lazy<CodeList> s_peppolCurrencies = Of("peppol-iso4217");
    private static readonly Lazy<CodeList> s_peppolCountries = Of("peppol-iso3166");

    public static CodeList InvoiceTypes => s_invoiceTypes.Value;

    public static CodeList CreditNoteTypes => s_creditNoteTypes.Value;

    public static CodeList DocumentTypes => s_documentTypes.Value;

    public static CodeList Currencies => s_currencies.Value;

    public static CodeList TaxPointDateCodesUbl => s_taxPointUbl.Value;

    public static CodeList TaxPointDateCodesCii => s_taxPointCii.Value;

    public static CodeList ReferenceQualifiers => s_referenceQualifiers.Value;

    public static CodeList TextSubjects => s_textSubjects.Value;

    public static CodeList Icd => s_icd.Value;

    public static CodeList ItemTypes => s_itemTypes.Value;

    public static CodeList Countries => s_countries.Value;

    public static CodeList VatPrefixes => s_vatPrefixes.Value;

    public static CodeList PaymentMeans => s_paymentMeans.Value;

    public static CodeList VatCategories => s_vatCategories.Value;

    public static CodeList AllowanceReasons => s_allowanceReasons.Value;

    public static CodeList ChargeReasons => s_chargeReasons.Value;

    public static CodeList Vatex => s_vatex.Value;

    public static CodeList Units => s_units.Value;

    public static CodeList Mime => s_mime.Value;

    public static CodeList Eas => s_eas.Value;

    public static CodeList PeppolEas => s_peppolEas.Value;

    public static CodeList PeppolCurrencies => s_peppolCurrencies.Value;

    public static CodeList PeppolCountries => s_peppolCountries.Value;

    private static Lazy<CodeList> Of(string name) => new(() => CodeList.Load(name), LazyThreadSafetyMode.ExecutionAndPublication);
}
