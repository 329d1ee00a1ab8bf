using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>Either the loaded tree or why it could not be loaded.</summary>
internal readonly record struct XmlLoadResult(XmlNode? Root, ReadError? Error);
