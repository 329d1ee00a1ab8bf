using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Invoices.Intake;

/// <summary>
/// The tenant's bank-details policy at intake (product notes section 4): an IBAN that differs from the party's known
/// ones is always flagged; a first IBAN for a party without any is added at once, or flagged so that a person confirms
/// it (which may add it, <see cref="Editing.UpdateDocument.UpdateDocumentHandler"/>), as <see cref="NewBankDetailsPolicy"/> says.
/// </summary>
internal sealed class BankDetailsPolicy(IPartyBankDetails bankDetails)
{
    /// <param name="recognised">The IBAN was read by OCR: it may be misread, so it is never added without a person.</param>
    /// <returns>The match, with what was added to the party among its steps.</returns>
    public async Task<PartyMatch> ApplyAsync(
        Guid tenantId, PartyMatch match, NewBankDetailsPolicy policy, bool recognised, List<DocumentReason> reasons, CancellationToken cancellationToken)
    {
        var source = recognised ? "The recognised IBAN" : "The bank account on the invoice";
        if (match.BankDetailsChanged)
        {
            reasons.Add(Reason($"{source} differs from the one known for {match.Name}: verify it before paying (a classic fraud signal)."
                + (policy == NewBankDetailsPolicy.Flag ? "" : " Confirming it adds it to the party.")));
            return match;
        }

        if (match is not { UnknownIban: { } iban, PartyId: { } partyId })
        {
            return match;
        }

        if (policy == NewBankDetailsPolicy.AddAtOnce && !recognised)
        {
            return await bankDetails.AddIbanAsync(tenantId, partyId, iban, cancellationToken)
                ? match with { Steps = [.. match.Steps, $"IBAN {iban} added to '{match.Name}' (bank-details policy: add at once)"] }
                : match;
        }

        reasons.Add(Reason($"No bank account is on file for {match.Name}; {source.ToLowerInvariant()} is {iban}: verify it before paying."
            + (policy == NewBankDetailsPolicy.Flag ? " The tenant's policy keeps it off the party's master data." : " Confirming it adds it to the party.")));
        return match;
    }

    private static DocumentReason Reason(string message) => new() { Code = ArchiveReadiness.ChangedBankDetails, Message = message };
}
