namespace InvoiceHub.Parties.Contracts;

/// <summary>How matching ended.</summary>
public enum PartyMatchOutcome
{
    /// <summary>An existing party was found.</summary>
    Matched,

    /// <summary>None was found and one was created from the document.</summary>
    Created,

    /// <summary>None was found (or several, undecidable) and creating was not allowed.</summary>
    Unknown,

    /// <summary>
    /// A party was found by an identifier, but its VAT id, country or name contradicts the document: not linked, the
    /// steps say why (the document waits with reason conflicting-party).
    /// </summary>
    Conflicting,
}
