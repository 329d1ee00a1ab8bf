namespace InvoiceHub.EInvoicing.Xml;

/// <summary>Thrown inside the XmlReader's read loop to abort it; always caught and turned into a result.</summary>
internal sealed class InputLimitExceededException(string message) : Exception(message);
