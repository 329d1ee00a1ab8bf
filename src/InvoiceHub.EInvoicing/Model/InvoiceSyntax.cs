namespace InvoiceHub.EInvoicing.Model;

/// <summary>The XML syntax a document was written in.</summary>
public enum InvoiceSyntax
{
    /// <summary>OASIS UBL 2.1 Invoice or CreditNote (EN 16931, Peppol BIS, XRechnung UBL).</summary>
    Ubl,

    /// <summary>Danish OIOUBL 2.0x/2.1 (UBL 2.0/2.1 based, with its own code lists and tax totals).</summary>
    OioUbl,

    /// <summary>UN/CEFACT Cross Industry Invoice D16B (ZUGFeRD 2.x, Factur-X, XRechnung CII) and ZUGFeRD 1.0.</summary>
    Cii,
}
