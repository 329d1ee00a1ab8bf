namespace InvoiceHub.EInvoicing.Model;

/// <summary>An invoice note (BG-1).</summary>
/// <param name="Text">BT-22 invoice note.</param>
/// <param name="SubjectCode">BT-21 subject code (UNTDID 4451); UBL carries it as a "#CODE#" prefix of the note.</param>
public sealed record Note(string Text, string? SubjectCode = null);
