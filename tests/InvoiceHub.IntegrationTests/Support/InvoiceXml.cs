using System.Globalization;
using System.Text;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// Builds small, valid EN 16931 UBL invoices (our own fixture) with the parts intake cares about: number, type,
/// seller identifiers, bank account, amount and dates.
/// </summary>
public sealed record InvoiceXml
{
    public string Number { get; init; } = "INV-" + Guid.NewGuid().ToString("N")[..8];

    public string TypeCode { get; init; } = "380";

    public string IssueDate { get; init; } = "2026-10-01";

    public string? DueDate { get; init; } = "2026-10-31";

    public string SellerName { get; init; } = "Nordsee Fisk ApS";

    public string? SellerVatId { get; init; } = "DK" + RandomDigits(8);

    /// <summary>The seller's legal registration id (BT-30), under <see cref="SellerRegistrationScheme"/>.</summary>
    public string? SellerCvr { get; init; }

    /// <summary>ISO 6523 ICD of <see cref="SellerCvr"/> (0184 CVR, 0106 Dutch KvK...); null writes the id without a scheme.</summary>
    public string? SellerRegistrationScheme { get; init; } = "0184";

    public string SellerCountry { get; init; } = "DK";

    /// <summary>BT-33 seller additional legal information, where German invoices name the register court.</summary>
    public string? SellerLegalInformation { get; init; }

    /// <summary>The seller's electronic address (scheme, value); by default its CVR (or the digits of its Danish VAT id).</summary>
    public (string Scheme, string Value)? SellerEndpoint { get; init; }

    /// <summary>The buyer's account id at the seller (AccountingCustomerParty/SupplierAssignedAccountID).</summary>
    public string? BuyerAccountId { get; init; }

    public string? SellerGln { get; init; }

    public string? Iban { get; init; } = "DK5000400440116243";

    public string BuyerName { get; init; } = "Nordlicht Handel GmbH";

    /// <summary>The test tenant's own VAT id (see <see cref="ConnectorFixture"/>), so direction is derived as purchase.</summary>
    public string? BuyerVatId { get; init; } = ConnectorFixture.OwnVatId;

    public decimal Net { get; init; } = 100m;

    public string ItemName { get; init; } = "Fresh cod";

    /// <summary>An invoice note (BT-22), or none.</summary>
    public string? Note { get; init; }

    /// <summary>Embedded attachments (BG-24): MIME code, file name as the document states it, and the bytes.</summary>
    public IReadOnlyList<(string MimeCode, string FileName, byte[] Content)> Attachments { get; init; } = [];

    /// <summary>Breaks BR-CO-15 (total with VAT = total without VAT + VAT) on purpose.</summary>
    public bool WrongTotal { get; init; }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToXml());

    public string ToXml()
    {
        var tax = Math.Round(Net * 0.25m, 2);
        var total = Net + tax + (WrongTotal ? 1m : 0m);
        string A(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        // By default the seller's own CVR (or the CVR inside its Danish VAT id): a fixed address would make every
        // invoice's seller look like the first supplier ever created with it.
        var (endpointScheme, endpointValue) = SellerEndpoint
            ?? (SellerGln is not null ? ("0088", SellerGln)
                : SellerCvr is not null && SellerRegistrationScheme is not null ? (SellerRegistrationScheme, SellerCvr)
                : ("0184", SellerVatId is { Length: 10 } v && v.StartsWith("DK", StringComparison.Ordinal) ? v[2..] : "12345678"));
        var endpoint = $"<cbc:EndpointID schemeID=\"{endpointScheme}\">{endpointValue}</cbc:EndpointID>";
        var partyId = SellerGln is null ? "" : $"<cac:PartyIdentification><cbc:ID schemeID=\"0088\">{SellerGln}</cbc:ID></cac:PartyIdentification>";
        var vat = SellerVatId is null ? "" : $"<cac:PartyTaxScheme><cbc:CompanyID>{SellerVatId}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>";
        var legal = (SellerCvr is null ? "" : SellerRegistrationScheme is null ? $"<cbc:CompanyID>{SellerCvr}</cbc:CompanyID>" : $"<cbc:CompanyID schemeID=\"{SellerRegistrationScheme}\">{SellerCvr}</cbc:CompanyID>")
            + (SellerLegalInformation is null ? "" : $"<cbc:CompanyLegalForm>{SellerLegalInformation}</cbc:CompanyLegalForm>");
        var assigned = BuyerAccountId is null ? "" : $"<cbc:SupplierAssignedAccountID>{BuyerAccountId}</cbc:SupplierAssignedAccountID>";
        var payment = Iban is null ? "" : $"<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>{Iban}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>";
        var buyerVat = BuyerVatId is null ? "" : $"<cac:PartyTaxScheme><cbc:CompanyID>{BuyerVatId}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>";
        // Type code 381 is a UBL CreditNote document (an Invoice may not carry it); it has no header due date.
        var isCreditNote = TypeCode == "381";
        var (root, lineName, quantityName) = isCreditNote ? ("CreditNote", "CreditNoteLine", "CreditedQuantity") : ("Invoice", "InvoiceLine", "InvoicedQuantity");
        var due = DueDate is null || isCreditNote ? "" : $"<cbc:DueDate>{DueDate}</cbc:DueDate>";
        var note = Note is null ? "" : $"<cbc:Note>{X(Note)}</cbc:Note>";
        var attachments = string.Concat(Attachments.Select((a, i) =>
            $"<cac:AdditionalDocumentReference><cbc:ID>ATT-{i + 1}</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"{X(a.MimeCode)}\" filename=\"{X(a.FileName)}\">{Convert.ToBase64String(a.Content)}</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>"));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
              <cbc:ID>{Number}</cbc:ID>
              <cbc:IssueDate>{IssueDate}</cbc:IssueDate>
              {due}
              <cbc:{root}TypeCode>{TypeCode}</cbc:{root}TypeCode>
              {note}
              <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>
              {attachments}
              <cac:AccountingSupplierParty><cac:Party>
                {endpoint}
                {partyId}
                <cac:PostalAddress><cbc:CityName>Esbjerg</cbc:CityName><cac:Country><cbc:IdentificationCode>{SellerCountry}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                {vat}
                <cac:PartyLegalEntity><cbc:RegistrationName>{X(SellerName)}</cbc:RegistrationName>{legal}</cac:PartyLegalEntity>
              </cac:Party></cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty>{assigned}<cac:Party>
                <cac:PostalAddress><cbc:CityName>Flensburg</cbc:CityName><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                {buyerVat}
                <cac:PartyLegalEntity><cbc:RegistrationName>{X(BuyerName)}</cbc:RegistrationName></cac:PartyLegalEntity>
              </cac:Party></cac:AccountingCustomerParty>
              {payment}
              <cac:TaxTotal>
                <cbc:TaxAmount currencyID="DKK">{A(tax)}</cbc:TaxAmount>
                <cac:TaxSubtotal>
                  <cbc:TaxableAmount currencyID="DKK">{A(Net)}</cbc:TaxableAmount>
                  <cbc:TaxAmount currencyID="DKK">{A(tax)}</cbc:TaxAmount>
                  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                </cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="DKK">{A(Net)}</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="DKK">{A(Net)}</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="DKK">{A(total)}</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="DKK">{A(total)}</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:{lineName}>
                <cbc:ID>1</cbc:ID>
                <cbc:{quantityName} unitCode="KGM">10</cbc:{quantityName}>
                <cbc:LineExtensionAmount currencyID="DKK">{A(Net)}</cbc:LineExtensionAmount>
                <cac:Item><cbc:Name>{X(ItemName)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="DKK">{A(Net / 10)}</cbc:PriceAmount></cac:Price>
              </cac:{lineName}>
            </{root}>
            """;
    }

    /// <summary>A sales invoice: the test tenant is the seller, a random Danish company the buyer.</summary>
    public static InvoiceXml FromUs() => new()
    {
        SellerName = "Nordlicht Handel GmbH",
        SellerVatId = ConnectorFixture.OwnVatId,
        SellerCountry = "DE",
        BuyerName = "Nordsee Fisk ApS",
        BuyerVatId = "DK" + RandomDigits(8),
    };

    private static string X(string text) => System.Security.SecurityElement.Escape(text);

    public static string RandomDigits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + Random.Shared.Next(10))));
}
