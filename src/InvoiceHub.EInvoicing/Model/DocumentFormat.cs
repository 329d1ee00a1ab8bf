namespace InvoiceHub.EInvoicing.Model;

/// <summary>What format detection found: syntax and profile, both as data and as display names.</summary>
/// <param name="Syntax">The syntax family.</param>
/// <param name="SyntaxName">Display name, e.g. "UBL 2.1 Invoice", "UN/CEFACT CII D16B", "OIOUBL 2.1 CreditNote".</param>
/// <param name="Profile">Display name, e.g. "XRechnung 3.0 (UBL)", "Peppol BIS Billing 3", "ZUGFeRD 2.3 EN16931", "OIOUBL 2.1".</param>
/// <param name="Container">Plain XML or embedded in a PDF.</param>
/// <param name="EmbeddedFileName">For PDFs, the name of the embedded invoice XML (e.g. "factur-x.xml").</param>
public sealed record DocumentFormat(
    InvoiceSyntax Syntax,
    string SyntaxName,
    string Profile,
    DocumentContainer Container = DocumentContainer.Xml,
    string? EmbeddedFileName = null)
{
    public override string ToString() =>
        Container == DocumentContainer.Pdf ? $"{Profile} [{SyntaxName} in PDF]" : $"{Profile} [{SyntaxName}]";
}
