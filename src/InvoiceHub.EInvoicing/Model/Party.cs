namespace InvoiceHub.EInvoicing.Model;

/// <summary>A trade party: seller (BG-4), buyer (BG-7), payee (BG-10) or tax representative (BG-11).</summary>
public sealed record Party
{
    /// <summary>BT-27 / BT-44 / BT-59 / BT-62 name (UBL PartyLegalEntity/RegistrationName, CII Name).</summary>
    public string? Name { get; init; }

    /// <summary>BT-28 / BT-45 trading name (UBL PartyName/Name, CII SpecifiedLegalOrganization/TradingBusinessName).</summary>
    public string? TradingName { get; init; }

    /// <summary>BT-29 / BT-46 / BT-60 party identifiers with scheme (GLN 0088, DK:CVR, 0184, DK:SE...); CII GlobalID and ID.</summary>
    public ValueList<Identifier> Identifiers { get; init; } = ValueList<Identifier>.Empty;

    /// <summary>BT-30 / BT-47 / BT-61 legal registration identifier with scheme (PartyLegalEntity/CompanyID).</summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>BT-31 / BT-48 / BT-63 VAT identifier (OIOUBL: the tax scheme "63"/Moms registration; scheme e.g. DK:SE).</summary>
    public Identifier? VatId { get; init; }

    /// <summary>BT-32 seller tax registration identifier (UBL TaxScheme other than VAT, CII schemeID "FC").</summary>
    public Identifier? TaxRegistrationId { get; init; }

    /// <summary>BT-33 seller additional legal information (UBL CompanyLegalForm, CII Description).</summary>
    public string? LegalInformation { get; init; }

    /// <summary>BT-34 / BT-49 electronic address with scheme (UBL EndpointID, CII URIUniversalCommunication).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>BG-5 / BG-8 / BG-12 postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>BG-6 / BG-9 contact.</summary>
    public Contact? Contact { get; init; }

    /// <summary>
    /// Buyer only: the customer's account id at the supplier (UBL and OIOUBL
    /// <c>AccountingCustomerParty/cbc:SupplierAssignedAccountID</c>; not an EN 16931 business term, and CII has no
    /// counterpart). Tells apart departments that share one GLN or registration.
    /// </summary>
    public string? SupplierAssignedAccountId { get; init; }
}
