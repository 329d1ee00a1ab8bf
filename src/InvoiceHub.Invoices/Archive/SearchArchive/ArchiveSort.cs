namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>What an archive search is ordered by; each order has its own index (docs/archive-search.md).</summary>
public enum ArchiveSort
{
    /// <summary>Order of arrival (document ids are time-ordered).</summary>
    Received,

    /// <summary>Invoice date; documents without one come first in ascending order.</summary>
    IssueDate,

    /// <summary>Gross amount (total including VAT).</summary>
    Amount,

    /// <summary>The supplier's or customer's invoice number, as text.</summary>
    Number,

    /// <summary>Our internal (archive) number, as text.</summary>
    InternalNumber,

    /// <summary>Counterparty name.</summary>
    Party,
}
