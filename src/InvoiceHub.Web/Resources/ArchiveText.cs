namespace InvoiceHub.Web.Resources;

/// <summary>Marker for the texts of the archive side of the workspace: search, upload, intake log, parties, follow-ups.</summary>
internal sealed class ArchiveText;
