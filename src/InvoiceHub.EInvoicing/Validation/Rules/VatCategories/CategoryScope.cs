namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>Where a VAT category rule looks: invoice lines (-02/-05), document allowances (-03/-06) or charges (-04/-07).</summary>
internal enum CategoryScope
{
    Lines,
    Allowances,
    Charges,
}
