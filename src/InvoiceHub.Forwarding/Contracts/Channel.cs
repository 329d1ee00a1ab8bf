namespace InvoiceHub.Forwarding.Contracts;

/// <summary>A way archived invoices reach the accountant.</summary>
public enum Channel
{
    Mail,
    Webhook,
    Datev,
}
