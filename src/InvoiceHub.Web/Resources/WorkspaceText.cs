namespace InvoiceHub.Web.Resources;

/// <summary>Texts of the bookkeeper workspace: dashboard, queues and the invoice form (WorkspaceText.resx, .de.resx).</summary>
internal sealed class WorkspaceText;
