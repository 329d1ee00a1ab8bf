namespace InvoiceHub.EInvoicing.Validation.Rules.AllowancesCharges;

/// <summary>What an allowance or charge must contain under one of the BR-31..44 / BR-CO-21..24 rules.</summary>
internal enum AllowanceChargeRequirement
{
    /// <summary>The amount (UBL cbc:Amount, CII ram:ActualAmount).</summary>
    Amount,

    /// <summary>A VAT category code (UBL cac:TaxCategory under the VAT scheme, CII ram:CategoryTradeTax of type VAT).</summary>
    VatCategory,

    /// <summary>A reason or a reason code.</summary>
    Reason,
}
