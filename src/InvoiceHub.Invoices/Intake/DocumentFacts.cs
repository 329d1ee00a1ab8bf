using System.Text;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Invoices.Intake;

/// <summary>What intake needs from a read invoice for a given direction: keys, amounts and the counterparty.</summary>
internal sealed record DocumentFacts(
    string? Number,
    string? NumberKey,
    string? CounterpartyName,
    string? CounterpartyKey,
    decimal? NetAmount,
    decimal? TaxAmount,
    decimal? TotalAmount,
    decimal? PayableAmount,
    PartyCandidate Candidate)
{
    private static readonly string[] _glnSchemes = ["0088", "GLN"];
    private static readonly string[] _registrationSchemes = ["0184", "DK:CVR", "0096", "DK:P"];

    public static DocumentFacts From(Invoice invoice, Direction direction, Guid? documentId = null)
    {
        var counterparty = direction == Direction.Purchase ? invoice.Seller : invoice.Buyer;
        var totals = invoice.Totals;
        var gln = counterparty.Identifiers.FirstOrDefault(id => IsScheme(id, _glnSchemes))?.Value
            ?? (counterparty.ElectronicAddress is { } address && IsScheme(address, _glnSchemes) ? address.Value : null);
        var registration = counterparty.LegalRegistrationId
            ?? counterparty.Identifiers.FirstOrDefault(id => IsScheme(id, _registrationSchemes));

        // Payment accounts on an invoice are the seller's: they identify suppliers, never customers.
        IReadOnlyList<PaymentInstructions> payments = direction == Direction.Purchase ? invoice.PaymentInstructions : [];
        var ibans = payments.Select(p => p.CreditTransfer?.AccountId).OfType<string>().Where(LooksLikeIban).ToList();
        var fik = payments.Select(p => p.Slip).Where(s => s is { IsFik: true }).Select(s => s!.CreditorAccount).OfType<string>().ToList();

        var candidate = new PartyCandidate(
            counterparty.Name ?? counterparty.TradingName,
            Gln: gln,
            ElectronicAddress: counterparty.ElectronicAddress?.Value,
            ElectronicAddressScheme: counterparty.ElectronicAddress?.SchemeId,
            VatId: counterparty.VatId?.Value,
            RegistrationId: registration?.Value,
            // The buyer's account id at the seller: it names the department on either side of the invoice.
            SupplierAssignedAccountId: invoice.Buyer.SupplierAssignedAccountId,
            Ibans: ibans,
            FikCreditorNumbers: fik,
            Street: counterparty.Address?.Line1,
            City: counterparty.Address?.City,
            PostalCode: counterparty.Address?.PostalCode,
            CountryCode: counterparty.Address?.CountryCode,
            DocumentId: documentId,
            RegistrationScheme: registration?.SchemeId,
            LegalInformation: counterparty.LegalInformation);

        return new DocumentFacts(
            invoice.Number,
            NormaliseNumber(invoice.Number),
            candidate.Name,
            KeyOf(candidate),
            totals.TaxExclusive?.Amount ?? totals.LineNet?.Amount,
            totals.Tax?.Amount,
            totals.TaxInclusive?.Amount,
            totals.Payable?.Amount,
            candidate);
    }

    /// <summary>Invoice numbers compared without case, spaces and separators: "RE-2024/001" equals "re 2024 001".</summary>
    public static string? NormaliseNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var key = new StringBuilder(number.Length);
        foreach (var c in number.Where(char.IsLetterOrDigit))
        {
            key.Append(char.ToUpperInvariant(c));
        }

        return key.Length == 0 ? null : key.ToString();
    }

    private static string? KeyOf(PartyCandidate candidate) =>
        Compact(candidate.VatId) is { } vat ? "vat:" + vat
        : Compact(candidate.RegistrationId) is { } registration ? "reg:" + registration
        : Compact(candidate.Gln) is { } gln ? "gln:" + gln
        : Compact(candidate.ElectronicAddress) is { } address ? $"eas:{candidate.ElectronicAddressScheme}:{address}"
        : Compact(candidate.Name) is { } name ? "name:" + name
        : null;

    private static string? Compact(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static bool IsScheme(Identifier identifier, string[] schemes) =>
        identifier.SchemeId is { } scheme && schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    private static bool LooksLikeIban(string account)
    {
        var compact = account.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length is >= 15 and <= 34 && char.IsLetter(compact[0]) && char.IsLetter(compact[1]) && char.IsDigit(compact[2]);
    }
}
