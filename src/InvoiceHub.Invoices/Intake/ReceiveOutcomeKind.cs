namespace InvoiceHub.Invoices.Intake;

/// <summary>How intake ended; the API maps each kind to one status code.</summary>
public enum ReceiveOutcomeKind
{
    /// <summary>Stored now (archived or queued): 201.</summary>
    Created,

    /// <summary>A scan stored now, its recognition (OCR) pending: 202 with a status resource to poll.</summary>
    Accepted,

    /// <summary>The very same bytes were received before: 200 with that document.</summary>
    AlreadyReceived,

    /// <summary>Same number from the same counterparty, and the tenant blocks duplicates: 409.</summary>
    Duplicate,

    /// <summary>The very same bytes were received before, but this request states another direction, payment status or external id: 409.</summary>
    ResentWithOtherMetadata,

    /// <summary>Not an invoice we can read: 422.</summary>
    Unreadable,

    /// <summary>Read, but fatal validation findings: 422.</summary>
    Invalid,

    /// <summary>A document type or situation the tenant does not import (pro-forma, no direction...): 422.</summary>
    Refused,
}
