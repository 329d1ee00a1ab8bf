using System.Globalization;
using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>
/// Checks a party before it is stored, field by field, so that the billing software's user learns exactly what to fix
/// (product notes section 3: account numbering must be checked before import).
/// </summary>
internal static class PartyInputValidator
{
    public const int MaxExternalIdLength = 100;

    public static IReadOnlyList<FieldError> Validate(string externalId, PartyInput input, PartySettings settings)
    {
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(externalId))
        {
            Error("externalId", "is required");
        }
        else if (externalId.Length > MaxExternalIdLength || externalId.Any(char.IsControl) || externalId != externalId.Trim())
        {
            Error("externalId", $"must have 1 to {MaxExternalIdLength} characters without control characters or surrounding spaces");
        }

        var kindKnown = PartyKinds.TryParse(input.Kind, out var kind);
        if (!kindKnown)
        {
            Error("kind", input.Kind is null ? "is required: \"customer\" or \"supplier\"" : $"must be \"customer\" or \"supplier\" (got '{input.Kind}')");
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Error("name", "is required");
        }
        else if (input.Name.Trim().Length > 200)
        {
            Error("name", "must have at most 200 characters");
        }

        CheckAddress(input.Address, Error);

        if (PartyIdentifiers.VatId(input.VatId) is { } vatId
            && (vatId.Length is < 4 or > 16 || !char.IsAsciiLetterUpper(vatId[0]) || !char.IsAsciiLetterUpper(vatId[1]) || !vatId.All(char.IsAsciiLetterOrDigit)))
        {
            Error("vatId", $"must be a two-letter country prefix followed by 2 to 14 letters or digits (got '{input.VatId}')");
        }

        CheckRegistration(input, Error);

        if (PartyIdentifiers.Digits(input.Gln) is { } gln && !PartyIdentifiers.IsValidGln(gln))
        {
            Error("gln", $"must be 13 digits with a valid GS1 check digit (got '{input.Gln}')");
        }

        var electronicAddress = input.ElectronicAddress?.Trim();
        if (!string.IsNullOrEmpty(electronicAddress) && (electronicAddress.Length > 200 || string.IsNullOrWhiteSpace(input.ElectronicAddressScheme)))
        {
            Error("electronicAddress", electronicAddress.Length > 200 ? "must have at most 200 characters" : "needs electronicAddressScheme (e.g. 0088 for a GLN, 0184 for a CVR)");
        }

        if (input.ElectronicAddressScheme is { Length: > 20 })
        {
            Error("electronicAddressScheme", "must have at most 20 characters");
        }

        CheckList(input.Ibans, "ibans", Error, raw =>
            PartyIdentifiers.Iban(raw) is { } iban && PartyIdentifiers.IsValidIban(iban)
                ? null
                : $"'{raw}' is not a valid IBAN (country code, check digits and account; the ISO 13616 checksum must hold)");
        CheckList(input.FikCreditorNumbers, "fikCreditorNumbers", Error, raw =>
            PartyIdentifiers.Digits(raw) is { Length: 8 } fik && fik[0] == '8' && fik.All(char.IsAsciiDigit)
                ? null
                : $"'{raw}' is not a FIK creditor number (8 digits starting with 8)");
        CheckList(input.GiroNumbers, "giroNumbers", Error, raw =>
            PartyIdentifiers.Digits(raw) is { Length: >= 4 and <= 10 } giro && giro.All(char.IsAsciiDigit)
                ? null
                : $"'{raw}' is not a giro number (4 to 10 digits)");

        if (input.SupplierAssignedAccountId is { } assigned && assigned.Trim().Length > 50)
        {
            Error("supplierAssignedAccountId", "must have at most 50 characters");
        }

        if (!string.IsNullOrWhiteSpace(input.AccountNumber) && kindKnown
            && settings.CheckAccountNumber(input.AccountNumber.Trim(), kind) is { } accountProblem)
        {
            Error("accountNumber", accountProblem);
        }

        CheckPaymentTerms(input.PaymentTerms, Error);
        return errors;
    }

    private static void CheckAddress(AddressInput? address, Action<string, string> error)
    {
        if (address is null)
        {
            return;
        }

        (string Field, string? Value, int Max)[] fields =
        [
            ("address.street", address.Street, 200),
            ("address.additionalStreet", address.AdditionalStreet, 200),
            ("address.postalCode", address.PostalCode, 20),
            ("address.city", address.City, 100),
        ];
        foreach (var (field, value, max) in fields)
        {
            if (value is not null && value.Trim().Length > max)
            {
                error(field, $"must have at most {max} characters");
            }
        }

        if (!string.IsNullOrWhiteSpace(address.CountryCode)
            && (address.CountryCode.Trim() is not { Length: 2 } code || !code.All(char.IsAsciiLetter)))
        {
            error("address.countryCode", $"must be an ISO 3166-1 alpha-2 code such as DK or DE (got '{address.CountryCode}')");
        }
    }

    private static void CheckRegistration(PartyInput input, Action<string, string> error)
    {
        if (input.RegistrationScheme is { Length: > 20 })
        {
            error("registrationScheme", "must have at most 20 characters");
        }

        if (input.RegistrationCourt is { Length: > 100 })
        {
            error("registrationCourt", "must have at most 100 characters");
        }

        if (PartyIdentifiers.RegistrationId(input.RegistrationId, input.RegistrationScheme) is not { } registration)
        {
            return;
        }

        if (registration.Length > 50)
        {
            error("registrationId", "must have at most 50 characters");
        }
        else if (input.RegistrationScheme?.Trim().ToUpperInvariant() is "0184" or "DK:CVR" or "CVR"
            && (registration.Length != 8 || !registration.All(char.IsAsciiDigit)))
        {
            error("registrationId", $"a CVR number has 8 digits (got '{input.RegistrationId}')");
        }
    }

    private static void CheckList(IReadOnlyList<string>? values, string field, Action<string, string> error, Func<string, string?> check)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > 20)
        {
            error(field, "may hold at most 20 entries");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                error($"{field}[{i}]", "must not be empty");
            }
            else if (check(values[i]) is { } message)
            {
                error($"{field}[{i}]", message);
            }
        }
    }

    private static void CheckPaymentTerms(PaymentTermsInput? terms, Action<string, string> error)
    {
        if (terms is null)
        {
            return;
        }

        if (terms.DaysNet is < 0 or > 365)
        {
            error("paymentTerms.daysNet", $"must be between 0 and 365 (got {terms.DaysNet})");
        }

        if ((terms.CashDiscountDays is null) != (terms.CashDiscountPercent is null))
        {
            error(terms.CashDiscountDays is null ? "paymentTerms.cashDiscountDays" : "paymentTerms.cashDiscountPercent",
                "cash discount needs both cashDiscountDays and cashDiscountPercent");
            return;
        }

        if (terms.CashDiscountDays is { } days && (days < 0 || (terms.DaysNet is { } net && days > net)))
        {
            error("paymentTerms.cashDiscountDays", $"must be between 0 and daysNet (got {days})");
        }

        if (terms.CashDiscountPercent is { } percent && (percent <= 0 || percent >= 100 || decimal.Round(percent, 2) != percent))
        {
            error("paymentTerms.cashDiscountPercent",
                $"must be more than 0 and less than 100, with at most 2 decimals (got {percent.ToString(CultureInfo.InvariantCulture)})");
        }
    }
}
