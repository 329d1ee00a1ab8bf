namespace InvoiceHub.EInvoicing.Validation;

/// <summary>Optional validation settings.</summary>
/// <param name="SchemaFolder">Folder with the UBL 2.1 (ubl-2.1/maindoc) and CII D16B (cii-d16b/uncoupled) schemas; when set, schema errors are reported as rule XSD.</param>
public sealed record ValidationOptions(string? SchemaFolder = null);
