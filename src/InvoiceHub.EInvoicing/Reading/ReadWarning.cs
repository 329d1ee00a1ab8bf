namespace InvoiceHub.EInvoicing.Reading;

/// <summary>A value that could not be taken over (e.g. an amount that is not a number); the invoice still reads.</summary>
public sealed record ReadWarning(string Message, string Element, int Line)
{
    public override string ToString() => Message;
}
