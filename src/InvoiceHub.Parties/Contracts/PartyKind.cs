namespace InvoiceHub.Parties.Contracts;

/// <summary>Customers (debtors) are the counterparties of sales invoices, suppliers (creditors) of purchase invoices.</summary>
public enum PartyKind
{
    Customer,
    Supplier,
}
