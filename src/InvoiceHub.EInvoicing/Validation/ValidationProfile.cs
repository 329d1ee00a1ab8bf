namespace InvoiceHub.EInvoicing.Validation;

/// <summary>Which rule set to judge a document by; <see cref="Auto"/> takes it from the specification identifier (BT-24).</summary>
public enum ValidationProfile
{
    Auto,
    En16931,
    XRechnung,
    Peppol,
    Oioubl,
}
