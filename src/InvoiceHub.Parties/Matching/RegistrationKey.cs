namespace InvoiceHub.Parties.Matching;

/// <summary>
/// A registration id of the document's party with the scheme (ISO 6523 ICD) it is under and, for a German register
/// number, its court: the same digits under another scheme or court are another company.
/// </summary>
internal sealed record RegistrationKey(string Value, string? Scheme, string? Court)
{
    public override string ToString() =>
        (Scheme is null ? "" : $"{Scheme}:") + Value + (Court is null ? "" : $" ({Court})");
}
