namespace InvoiceHub.EInvoicing.Validation.CodeLists;

/// <summary>The code lists the rules check, each loaded on first use (thread-safe, shared by all validations).</summary>
internal static class Codes
{
    private static readonly Lazy<CodeList> _invoiceTypes = Of("untdid1001-invoice");
    private static readonly Lazy<CodeList> _creditNoteTypes = Of("untdid1001-creditnote");
    private static readonly Lazy<CodeList> _documentTypes = Of("untdid1001");
    private static readonly Lazy<CodeList> _currencies = Of("iso4217");
    private static readonly Lazy<CodeList> _taxPointUbl = Of("untdid2005-ubl");
    private static readonly Lazy<CodeList> _taxPointCii = Of("untdid2475-cii");
    private static readonly Lazy<CodeList> _referenceQualifiers = Of("untdid1153");
    private static readonly Lazy<CodeList> _textSubjects = Of("untdid4451");
    private static readonly Lazy<CodeList> _icd = Of("iso6523-icd");
    private static readonly Lazy<CodeList> _itemTypes = Of("untdid7143");
    private static readonly Lazy<CodeList> _countries = Of("iso3166");
    private static readonly Lazy<CodeList> _vatPrefixes = Of("vat-prefix");
    private static readonly Lazy<CodeList> _paymentMeans = Of("untdid4461");
    private static readonly Lazy<CodeList> _vatCategories = Of("untdid5305");
    private static readonly Lazy<CodeList> _allowanceReasons = Of("untdid5189");
    private static readonly Lazy<CodeList> _chargeReasons = Of("untdid7161");
    private static readonly Lazy<CodeList> _vatex = Of("vatex");
    private static readonly Lazy<CodeList> _units = Of("unece-rec20-rec21");
    private static readonly Lazy<CodeList> _mime = Of("mime");
    private static readonly Lazy<CodeList> _eas = Of("eas");
    private static readonly Lazy<CodeList> _peppolEas = Of("peppol-eas");
    private static readonly Lazy<CodeList> _peppolCurrencies = Of("peppol-iso4217");
    private static readonly Lazy<CodeList> _peppolCountries = Of("peppol-iso3166");
    private static readonly Lazy<CodeList> _xrechnungIcd = Of("xrechnung-icd-ext");
    private static readonly Lazy<CodeList> _xrechnungEas = Of("xrechnung-eas-ext");

    public static CodeList InvoiceTypes => _invoiceTypes.Value;

    public static CodeList CreditNoteTypes => _creditNoteTypes.Value;

    public static CodeList DocumentTypes => _documentTypes.Value;

    public static CodeList Currencies => _currencies.Value;

    public static CodeList TaxPointDateCodesUbl => _taxPointUbl.Value;

    public static CodeList TaxPointDateCodesCii => _taxPointCii.Value;

    public static CodeList ReferenceQualifiers => _referenceQualifiers.Value;

    public static CodeList TextSubjects => _textSubjects.Value;

    public static CodeList Icd => _icd.Value;

    public static CodeList ItemTypes => _itemTypes.Value;

    public static CodeList Countries => _countries.Value;

    public static CodeList VatPrefixes => _vatPrefixes.Value;

    public static CodeList PaymentMeans => _paymentMeans.Value;

    public static CodeList VatCategories => _vatCategories.Value;

    public static CodeList AllowanceReasons => _allowanceReasons.Value;

    public static CodeList ChargeReasons => _chargeReasons.Value;

    public static CodeList Vatex => _vatex.Value;

    public static CodeList Units => _units.Value;

    public static CodeList Mime => _mime.Value;

    public static CodeList Eas => _eas.Value;

    public static CodeList PeppolEas => _peppolEas.Value;

    public static CodeList PeppolCurrencies => _peppolCurrencies.Value;

    public static CodeList PeppolCountries => _peppolCountries.Value;

    /// <summary>ISO 6523 ICD plus the DiGA codes XR01..XR03, the XRechnung extension's scheme list (BR-DEX-04/05/06/08).</summary>
    public static CodeList XRechnungIcd => _xrechnungIcd.Value;

    /// <summary>CEF EAS plus XR01..XR03, the XRechnung extension's endpoint scheme list (BR-DEX-07).</summary>
    public static CodeList XRechnungEas => _xrechnungEas.Value;

    private static Lazy<CodeList> Of(string name) => new(() => CodeList.Load(name), LazyThreadSafetyMode.ExecutionAndPublication);
}
