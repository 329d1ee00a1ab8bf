using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// The wire spellings of the API's enumerations (docs/api.md), in one place for query strings and metadata alike.
/// Each parser answers false for a value that is present but not one of the spellings; absent values are null.
/// </summary>
internal static class ApiValues
{
    public static bool TryParseDirection(string? text, out Direction? direction)
    {
        (var ok, direction) = text?.ToLowerInvariant() switch
        {
            null or "" => (true, (Direction?)null),
            "purchase" => (true, Direction.Purchase),
            "sales" => (true, Direction.Sales),
            _ => (false, null),
        };
        return ok;
    }

    public static bool TryParsePaymentStatus(string? text, out PaymentStatus? status)
    {
        (var ok, status) = text?.ToLowerInvariant() switch
        {
            null or "" => (true, (PaymentStatus?)null),
            "unknown" => (true, PaymentStatus.Unknown),
            "paid" => (true, PaymentStatus.Paid),
            _ => (false, null),
        };
        return ok;
    }

    public static bool TryParseStatus(string? text, out DocumentStatus? status)
    {
        (var ok, status) = text switch
        {
            null or "" => (true, (DocumentStatus?)null),
            "archived" => (true, DocumentStatus.Archived),
            "in_progress" => (true, DocumentStatus.InProgress),
            "rejected" => (true, DocumentStatus.Rejected),
            "recognizing" => (true, DocumentStatus.Recognizing),
            _ => (false, null),
        };
        return ok;
    }
}
