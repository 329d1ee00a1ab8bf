using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.IntegrationTests.Parties;

/// <summary>The matcher as the intake pipeline calls it: from the app's DI, against master data synced over HTTP.</summary>
public sealed class PartyMatcherTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Cvr = "35678912";

    [Fact]
    public async Task Match_ByGln_FindsTheSupplier()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-1", new { kind = "supplier", name = "GLN Supplier", gln = "5790000000005", accountNumber = "70001" });
        await PutAsync(client, "C-1", new { kind = "customer", name = "Same GLN, but a customer", gln = "5790000000005" });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("GLN Supplier", ElectronicAddress: "5790000000005", ElectronicAddressScheme: "0088"));

        match.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        match.AccountNumber.ShouldBe("70001");
        match.MatchedBy.ShouldBe("gln");
        match.Steps[0].ShouldBe("GLN 5790000000005: 1 supplier");
    }

    [Fact]
    public async Task Match_ByGln_FindsAPartyThatHasItOnlyAsItsElectronicAddress()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-1", new { kind = "supplier", name = "Peppol Only", electronicAddress = "5790000000005", electronicAddressScheme = "0088" });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Peppol Only", Gln: "5790000000005"));

        match.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        match.MatchedBy.ShouldBe("gln");
    }

    [Fact]
    public async Task Match_ByCvr_FindsTheSupplier_WhateverWayTheNumberIsWritten()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-1", new { kind = "supplier", name = "CVR Supplier", registrationId = Cvr, registrationScheme = "DK:CVR", accountNumber = "70002" });

        var byRegistration = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("CVR Supplier", Gln: "5790000000012", RegistrationId: $"DK{Cvr}"));
        var byVatId = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("CVR Supplier", VatId: $"DK {Cvr}"));

        byRegistration.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        byRegistration.AccountNumber.ShouldBe("70002");
        byRegistration.MatchedBy.ShouldBe("registration-id");
        byRegistration.Steps.ShouldContain("GLN 5790000000012: no supplier");
        byVatId.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        byVatId.AccountNumber.ShouldBe("70002");
    }

    [Fact]
    public async Task Match_TwoSuppliersSharingACvr_PicksTheOneWhosePreferredFikCreditorNumberMatches()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-north", new { kind = "supplier", name = "Energi Nord", registrationId = Cvr, fikCreditorNumbers = new[] { "80807392" }, accountNumber = "70010" });
        await PutAsync(client, "S-south", new { kind = "supplier", name = "Energi Syd", registrationId = Cvr, fikCreditorNumbers = new[] { "81234567" }, accountNumber = "70011" });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Energi", RegistrationId: Cvr, FikCreditorNumbers: ["81234567", "80807392"]));

        match.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        match.AccountNumber.ShouldBe("70011");
        match.MatchedBy.ShouldBe("fik-creditor-number");
        match.Steps.ShouldContain($"CVR {Cvr}: 2 suppliers");
        match.Steps.ShouldContain("preferred FIK creditor number 81234567: 1 of 2 suppliers");
    }

    [Fact]
    public async Task Match_TwoSuppliersSharingACvr_PicksTheOneWhosePreferredIbanMatches()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-a", new { kind = "supplier", name = "Dept A", vatId = $"DK{Cvr}", ibans = new[] { "DK5000400440116243" }, accountNumber = "70020" });
        await PutAsync(client, "S-b", new { kind = "supplier", name = "Dept B", vatId = $"DK{Cvr}", ibans = new[] { "DE89370400440532013000" }, accountNumber = "70021" });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Dept", VatId: $"DK{Cvr}", Ibans: ["DE89 3704 0044 0532 0130 00"]));

        match.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        match.AccountNumber.ShouldBe("70021");
        match.MatchedBy.ShouldBe("iban");
        match.BankDetailsChanged.ShouldBeFalse();
    }

    [Fact]
    public async Task Match_TwoSuppliersSharingACvr_WithoutMatchingPaymentInfo_IsUnknown_AndCreatesNothing()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-a", new { kind = "supplier", name = "Dept A", registrationId = Cvr });
        await PutAsync(client, "S-b", new { kind = "supplier", name = "Dept B", registrationId = Cvr });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Dept C", RegistrationId: Cvr, FikCreditorNumbers: ["89999999"]), createWhenUnknown: true);

        match.Outcome.ShouldBe(PartyMatchOutcome.Unknown);
        match.Steps[^1].ShouldContain("cannot decide");
        (await CountAsync(tenantId)).ShouldBe(2);
    }

    [Fact]
    public async Task Match_Customers_SharingAGln_AreToldApartBySupplierAssignedAccountId()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "C-1", new { kind = "customer", name = "Kommune, school", gln = "5790000000005", supplierAssignedAccountId = "K-100", accountNumber = "10001" });
        await PutAsync(client, "C-2", new { kind = "customer", name = "Kommune, library", gln = "5790000000005", supplierAssignedAccountId = "K-200", accountNumber = "10002" });

        var match = await MatchAsync(tenantId, PartyKind.Customer, new PartyCandidate("Kommune", Gln: "5790000000005", SupplierAssignedAccountId: "K-200"));

        match.AccountNumber.ShouldBe("10002");
        match.MatchedBy.ShouldBe("supplier-assigned-account-id");
    }

    [Fact]
    public async Task Match_UnknownSupplier_WhenAllowed_IsCreated_WithTheCvrAsAccountNumber_WhenItFitsTheNumbering()
    {
        var tenantId = await ConnectorClients.CreateTenantAsync(fixture.App);
        await SetNumberingAsync(tenantId, length: 8, customers: (10000000, 29999999), suppliers: (30000000, 99999999));
        var documentId = Guid.NewGuid();

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate(
            "Ny Leverandør ApS", RegistrationId: Cvr, Ibans: ["DK5000400440116243"], CountryCode: "DK", DocumentId: documentId), createWhenUnknown: true);

        match.Outcome.ShouldBe(PartyMatchOutcome.Created);
        match.AccountNumber.ShouldBe(Cvr);
        match.MatchedBy.ShouldBe("created");
        match.Steps.ShouldContain($"account number = CVR {Cvr}");
        using var scope = fixture.App.Services.CreateScope();
        var party = await scope.ServiceProvider.GetRequiredService<PartiesDbContext>().Parties.SingleAsync(p => p.Id == match.PartyId);
        party.Origin.ShouldBe(PartyOrigin.Document);
        party.OriginDocumentId.ShouldBe(documentId);
        party.Ibans.ShouldBe(["DK5000400440116243"]);
        party.RegistrationId.ShouldBe(Cvr);

        var again = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Ny Leverandør ApS", VatId: $"DK{Cvr}"), createWhenUnknown: true);
        again.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        again.PartyId.ShouldBe(match.PartyId);
    }

    [Fact]
    public async Task Match_UnknownSupplier_WithDefaultNumbering_IsCreated_WithTheNextFreeSupplierNumber()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-1", new { kind = "supplier", name = "Existing", accountNumber = "70041" });
        await PutAsync(client, "C-1", new { kind = "customer", name = "A customer", accountNumber = "69999" });

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("New Supplier", RegistrationId: Cvr), createWhenUnknown: true);

        match.Outcome.ShouldBe(PartyMatchOutcome.Created);
        match.AccountNumber.ShouldBe("70042");
        match.Steps.ShouldContain($"CVR {Cvr} cannot be the account number: must have exactly 5 digits (got 8: '{Cvr}')");
    }

    [Fact]
    public async Task Match_UnknownSupplierWithOversizedOrBrokenValues_IsCreated_KeepingOnlyWhatFits()
    {
        var tenantId = await ConnectorClients.CreateTenantAsync(fixture.App);

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate(
            new string('N', 500), Gln: "12345678901234567890", VatId: "DE" + new string('9', 40), Ibans: ["DK5000400440116244"],
            Street: new string('S', 500), CountryCode: "Denmark"), createWhenUnknown: true);

        match.Outcome.ShouldBe(PartyMatchOutcome.Created);
        using var scope = fixture.App.Services.CreateScope();
        var party = await scope.ServiceProvider.GetRequiredService<PartiesDbContext>().Parties.SingleAsync(p => p.Id == match.PartyId);
        party.Name.Length.ShouldBe(200);
        party.Gln.ShouldBeNull();
        party.VatId.ShouldBeNull();
        party.Ibans.ShouldBeEmpty();
        party.CountryCode.ShouldBeNull();
    }

    [Fact]
    public async Task Match_UnknownSupplier_WhenCreatingIsOff_IsUnknown()
    {
        var tenantId = await ConnectorClients.CreateTenantAsync(fixture.App);

        var match = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Stranger", RegistrationId: Cvr), createWhenUnknown: false);

        match.Outcome.ShouldBe(PartyMatchOutcome.Unknown);
        match.PartyId.ShouldBeNull();
        match.Steps.ShouldBe([$"CVR {Cvr}: no supplier", "no supplier found; creating parties from documents is off for this tenant"]);
        (await CountAsync(tenantId)).ShouldBe(0);
    }

    [Fact]
    public async Task Match_KnownSupplierWithAnotherIban_FlagsChangedBankDetails()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await PutAsync(client, "S-1", new { kind = "supplier", name = "Bank Changer", gln = "5790000000005", ibans = new[] { "DK5000400440116243" } });

        var changed = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Bank Changer", Gln: "5790000000005", Ibans: ["DE89370400440532013000", "DK5000400440116243"]));
        var same = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Bank Changer", Gln: "5790000000005", Ibans: ["DK50 0040 0440 1162 43"]));

        changed.Outcome.ShouldBe(PartyMatchOutcome.Matched);
        changed.BankDetailsChanged.ShouldBeTrue();
        changed.Steps[^1].ShouldContain("bank details changed");
        same.BankDetailsChanged.ShouldBeFalse();
    }

    [Fact]
    public async Task Match_ManyConcurrentDocumentsFromOneUnknownSupplier_CreateExactlyOneParty()
    {
        var tenantId = await ConnectorClients.CreateTenantAsync(fixture.App);
        var candidate = new PartyCandidate("Racing Supplier", RegistrationId: Cvr, Gln: "5790000000005");
        using var start = new SemaphoreSlim(0);

        var tasks = Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await MatchAsync(tenantId, PartyKind.Supplier, candidate, createWhenUnknown: true);
        })).ToList();
        start.Release(tasks.Count);
        var matches = await Task.WhenAll(tasks);

        matches.Count(m => m.Outcome == PartyMatchOutcome.Created).ShouldBe(1);
        matches.Count(m => m.Outcome == PartyMatchOutcome.Matched).ShouldBe(11);
        matches.Select(m => m.PartyId).Distinct().ShouldHaveSingleItem();
        (await CountAsync(tenantId)).ShouldBe(1);
    }

    [Fact]
    public async Task PartyCreatedFromADocument_IsClaimedByTheFirstSyncThatNamesItsAccountNumber()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        var created = await MatchAsync(tenantId, PartyKind.Supplier, new PartyCandidate("Auto Supplier", RegistrationId: Cvr), createWhenUnknown: true);

        var synced = await PutAsync(client, "S-ERP-9", new { kind = "supplier", name = "Auto Supplier A/S", registrationId = Cvr, accountNumber = created.AccountNumber });

        synced.GetProperty("id").GetGuid().ShouldBe(created.PartyId!.Value);
        synced.GetProperty("origin").GetString().ShouldBe("document");
        (await CountAsync(tenantId)).ShouldBe(1);
    }

    private async Task<PartyMatch> MatchAsync(Guid tenantId, PartyKind kind, PartyCandidate candidate, bool createWhenUnknown = false)
    {
        using var scope = fixture.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPartyMatcher>().MatchAsync(tenantId, kind, candidate, createWhenUnknown, CancellationToken.None);
    }

    private static async Task<JsonElement> PutAsync(HttpClient client, string externalId, object body)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/parties/{externalId}", body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> CountAsync(Guid tenantId)
    {
        using var scope = fixture.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PartiesDbContext>().Parties.CountAsync(p => p.TenantId == tenantId);
    }

    private async Task SetNumberingAsync(Guid tenantId, int length, (long From, long To) customers, (long From, long To) suppliers)
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartiesDbContext>();
        db.Settings.Add(new PartySettings
        {
            TenantId = tenantId,
            AccountNumberLength = length,
            CustomerRangeFrom = customers.From,
            CustomerRangeTo = customers.To,
            SupplierRangeFrom = suppliers.From,
            SupplierRangeTo = suppliers.To,
        });
        await db.SaveChangesAsync();
    }
}
