using System.Text;

namespace InvoiceHub.EInvoicing.Tests;

/// <summary>Small hand-written documents for tests that must not depend on the shared corpus.</summary>
public static class TestDocuments
{
    public const string UblNamespace = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>A minimal UBL invoice; <paramref name="sellerName"/> lets encoding tests use non-ASCII text.</summary>
    public static string UblInvoice(string sellerName = "Seller AG", string number = "INV-1") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="{UblNamespace}"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
          <cbc:ID>{number}</cbc:ID>
          <cbc:IssueDate>2024-03-01</cbc:IssueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cac:AccountingSupplierParty><cac:Party>
            <cac:PartyLegalEntity><cbc:RegistrationName>{sellerName}</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingSupplierParty>
          <cac:LegalMonetaryTotal>
            <cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount>
          </cac:LegalMonetaryTotal>
          <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
            <cac:Item><cbc:Name>Widget</cbc:Name></cac:Item>
          </cac:InvoiceLine>
        </Invoice>
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
