using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Parties.Domain;

/// <summary>A customer or supplier of one tenant, as synchronised from billing software or created from a document.</summary>
internal sealed class Party
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public PartyKind Kind { get; set; }

    /// <summary>The billing software's id; null for parties created from documents until a sync claims them.</summary>
    public string? ExternalId { get; set; }

    public string Name { get; set; } = "";

    public string? Street { get; set; }

    public string? AdditionalStreet { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? CountryCode { get; set; }

    /// <summary>Normalised: upper-case, no spaces or punctuation (see <see cref="PartyIdentifiers"/>).</summary>
    public string? VatId { get; set; }

    /// <summary>Normalised legal registration id; a Danish CVR number as its 8 digits.</summary>
    public string? RegistrationId { get; set; }

    /// <summary>Scheme of the registration id, e.g. 0184 or DK:CVR.</summary>
    public string? RegistrationScheme { get; set; }

    /// <summary>
    /// Register court of a German register number (HRB 123456 is unique per court), folded as
    /// <see cref="GermanRegister.Fold"/> does; null for other registration ids.
    /// </summary>
    public string? RegistrationCourt { get; set; }

    public string? Gln { get; set; }

    public string? ElectronicAddress { get; set; }

    public string? ElectronicAddressScheme { get; set; }

    /// <summary>Normalised IBANs, the preferred first.</summary>
    public List<string> Ibans { get; set; } = [];

    /// <summary>FIK creditor numbers (payment means 93), the preferred first.</summary>
    public List<string> FikCreditorNumbers { get; set; } = [];

    public List<string> GiroNumbers { get; set; } = [];

    /// <summary>The account id this supplier gave the tenant (or the tenant gave this customer).</summary>
    public string? SupplierAssignedAccountId { get; set; }

    /// <summary>Person account number in the tenant's bookkeeping: fixed length, inside the kind's range.</summary>
    public string? AccountNumber { get; set; }

    public int? PaymentDaysNet { get; set; }

    public int? CashDiscountDays { get; set; }

    public decimal? CashDiscountPercent { get; set; }

    public PartyOrigin Origin { get; set; }

    /// <summary>The document the party was created from, when <see cref="Origin"/> is <see cref="PartyOrigin.Document"/>.</summary>
    public Guid? OriginDocumentId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
