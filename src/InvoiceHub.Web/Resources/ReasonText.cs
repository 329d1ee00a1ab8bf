namespace InvoiceHub.Web.Resources;

/// <summary>
/// Why an invoice waits, by reason code, in languages other than English (ReasonText.de.resx). A reason is stored in
/// English with the document's details; English pages show that sentence, others this one (details in the tooltip).
/// </summary>
internal sealed class ReasonText;
