namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>Why intake refused a file: the kinds the intake log records and filters by.</summary>
public static class RefusalKinds
{
    public const string Unreadable = "unreadable";
    public const string Invalid = "invalid";
    public const string RefusedType = "refused-type";
    public const string UnknownDirection = "unknown-direction";
    public const string Duplicate = "duplicate";
    public const string TooLarge = "too-large";
    public const string UnsupportedType = "unsupported-type";
    public const string Malformed = "malformed";

    public static readonly IReadOnlyList<string> All = [Unreadable, Invalid, RefusedType, UnknownDirection, Duplicate, TooLarge, UnsupportedType, Malformed];

    /// <summary>The kind of a refusal the web layer answers before intake (by its HTTP status).</summary>
    public static string OfStatus(int status) => status switch
    {
        413 => TooLarge,
        415 => UnsupportedType,
        422 => Unreadable,
        _ => Malformed,
    };
}
