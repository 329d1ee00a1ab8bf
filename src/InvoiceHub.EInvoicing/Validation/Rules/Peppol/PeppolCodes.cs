using InvoiceHub.EInvoicing.Validation.CodeLists;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>The short code subsets Peppol BIS Billing 3.0.19 spells out inline (larger lists are generated data files).</summary>
internal static class PeppolCodes
{
    /// <summary>$UNCL5189: the allowance reasons Peppol accepts (a subset of UNTDID 5189).</summary>
    public static readonly HashSet<string> AllowanceReasons = new(StringComparer.Ordinal)
    {
        "41", "42", "60", "62", "63", "64", "65", "66", "67", "68", "70", "71", "88", "95", "100", "102", "103", "104", "105",
    };

    /// <summary>PEPPOL-EN16931-P0100, UBL: invoice type codes of profile 01.</summary>
    public static readonly HashSet<string> Profile01InvoiceTypes = new(StringComparer.Ordinal)
    {
        "71", "80", "82", "84", "102", "218", "219", "326", "331", "380", "382", "383", "384", "386", "388", "393", "395", "553", "575", "623", "780", "817", "870", "875", "876", "877",
    };

    /// <summary>PEPPOL-EN16931-P0100, CII: invoice and credit note type codes of profile 01.</summary>
    public static readonly HashSet<string> Profile01CiiTypes = new(StringComparer.Ordinal)
    {
        "71", "102", "218", "219", "326", "331", "382", "553", "817", "870", "875", "876", "877", "380", "383", "384", "386", "388", "393", "82", "80", "84", "395", "575", "623", "780", "381", "396", "81", "83", "532",
    };

    /// <summary>$UNCL7161: the full UNTDID 7161 D.16B list, the same the EN 16931 set uses.</summary>
    public static CodeList ChargeReasons => Codes.ChargeReasons;
}
