using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>Either the loaded tree (and the source tree, when asked for) or why it could not be loaded.</summary>
internal readonly record struct XmlLoadResult(XmlNode? Root, ReadError? Error, XElement? SourceTree);
