namespace InvoiceHub.EInvoicing;

/// <summary>Anchor for assembly scanning and architecture tests.</summary>
public static class AssemblyMarker;
