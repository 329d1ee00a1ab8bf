namespace InvoiceHub.EInvoicing.Model;

/// <summary>An item classification (BT-158) with its list id (BT-158-1) and list version (BT-158-2).</summary>
public sealed record ItemClassification(string Code, string? ListId, string? ListVersionId);
