using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>Everything a rule may look at for one document: the indexed source XML (and, for business rules, the model).</summary>
internal sealed class ValidationContext(XmlIndex xml)
{
    public XmlIndex Xml { get; } = xml;

    public XmlSyntax Syntax => Xml.Syntax;
}
