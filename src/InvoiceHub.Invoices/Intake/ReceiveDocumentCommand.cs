using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Intake;

/// <summary>
/// One pushed file with its metadata. Direction and payment status are optional (derived / tenant default). The file
/// name and channel (<c>api</c> or <c>upload</c>) go to the intake log if the file is refused.
/// </summary>
public sealed record ReceiveDocumentCommand(
    Guid TenantId,
    string Actor,
    byte[] Content,
    string ContentType,
    Direction? Direction = null,
    PaymentStatus? PaymentStatus = null,
    string? ExternalId = null,
    string? FileName = null,
    string Channel = "api");
