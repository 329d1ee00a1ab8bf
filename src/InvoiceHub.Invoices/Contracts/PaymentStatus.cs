namespace InvoiceHub.Invoices.Contracts;

/// <summary>Payment status given to invoices arriving through the connector (product notes, section 1).</summary>
public enum PaymentStatus
{
    Unknown,
    Paid,
}
