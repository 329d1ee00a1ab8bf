namespace InvoiceHub.EInvoicing.Model;

/// <summary>An item attribute (BG-32).</summary>
/// <param name="Name">BT-160 item attribute name.</param>
/// <param name="Value">BT-161 item attribute value.</param>
public sealed record ItemAttribute(string Name, string? Value);
