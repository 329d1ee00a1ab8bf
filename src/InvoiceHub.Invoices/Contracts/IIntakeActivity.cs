namespace InvoiceHub.Invoices.Contracts;

/// <summary>
/// Whether this node is receiving documents right now. Billing software waits for each answer; work that can wait a
/// little (forwarding to the accountant) gives way to it while it lasts.
/// </summary>
public interface IIntakeActivity
{
    bool IsBusy { get; }
}
