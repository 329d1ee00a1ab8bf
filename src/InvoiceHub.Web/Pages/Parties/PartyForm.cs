using System.Globalization;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Sync.UpsertParty;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>What the party form posts: text as typed (kept on errors), numbers typed so that letters fail binding.</summary>
public sealed class PartyForm
{
    public string? Kind { get; set; } = "supplier";

    public string? Name { get; set; }

    public string? ExternalId { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? CountryCode { get; set; }

    public string? VatId { get; set; }

    public string? RegistrationId { get; set; }

    public string? Gln { get; set; }

    public string? ElectronicAddress { get; set; }

    public string? ElectronicAddressScheme { get; set; }

    /// <summary>IBANs, one per line (or separated by commas).</summary>
    public string? Ibans { get; set; }

    public string? AccountNumber { get; set; }

    public int? DaysNet { get; set; }

    public int? DiscountDays { get; set; }

    public decimal? DiscountPercent { get; set; }

    internal PartyInput ToInput() => new(
        Kind, Name, ExternalId,
        new AddressInput(Street, null, PostalCode, City, CountryCode),
        VatId, RegistrationId, null, Gln, ElectronicAddress, ElectronicAddressScheme,
        Ibans?.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        AccountNumber: AccountNumber,
        PaymentTerms: DaysNet is null && DiscountDays is null && DiscountPercent is null ? null : new PaymentTermsInput(DaysNet, DiscountDays, DiscountPercent));

    internal static PartyForm From(Party party) => new()
    {
        Kind = PartyKinds.Name(party.Kind),
        Name = party.Name,
        ExternalId = party.ExternalId,
        Street = party.Street,
        PostalCode = party.PostalCode,
        City = party.City,
        CountryCode = party.CountryCode,
        VatId = party.VatId,
        RegistrationId = party.RegistrationId,
        Gln = party.Gln,
        ElectronicAddress = party.ElectronicAddress,
        ElectronicAddressScheme = party.ElectronicAddressScheme,
        Ibans = string.Join('\n', party.Ibans),
        AccountNumber = party.AccountNumber,
        DaysNet = party.PaymentDaysNet,
        DiscountDays = party.CashDiscountDays,
        DiscountPercent = party.CashDiscountPercent,
    };

    /// <summary>The form field a handler's error names ("address.city", "ibans[1]", "paymentTerms.daysNet"), or "" for the form.</summary>
    internal static string FieldOf(string error)
    {
        var name = error.Split('.')[^1].Split('[')[0];
        var field = name switch
        {
            "daysNet" => nameof(DaysNet),
            "cashDiscountDays" => nameof(DiscountDays),
            "cashDiscountPercent" => nameof(DiscountPercent),
            "registrationScheme" => nameof(RegistrationId),
            _ => typeof(PartyForm).GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Name,
        };
        return field is null ? "" : $"Input.{field}";
    }

    internal static string Percent(decimal? value) => value?.ToString(CultureInfo.CurrentCulture) ?? "";
}
