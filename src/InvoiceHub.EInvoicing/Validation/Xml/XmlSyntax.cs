namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>The XML syntax a document is bound to.</summary>
internal enum XmlSyntax
{
    Ubl,
    Cii,
}
