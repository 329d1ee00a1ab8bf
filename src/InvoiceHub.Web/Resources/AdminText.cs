namespace InvoiceHub.Web.Resources;

/// <summary>
/// Texts of the admin and forwarding pages. The key is the English text itself, so the markup reads as the page does
/// and English needs no entries; AdminText.de.resx holds the German.
/// </summary>
internal sealed class AdminText;
