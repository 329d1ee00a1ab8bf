namespace InvoiceHub.Web.Resources;

/// <summary>
/// Marker for the texts of the layout and of words every page uses (SharedText.resx, SharedText.de.resx).
/// Areas keep their own texts in their own marker class and .resx pair (see docs/ui-conventions.md).
/// </summary>
internal sealed class SharedText;
