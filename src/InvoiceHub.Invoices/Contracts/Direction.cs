namespace InvoiceHub.Invoices.Contracts;

/// <summary>Purchase invoices are received from suppliers, sales invoices sent to customers.</summary>
public enum Direction
{
    Purchase,
    Sales,
}
