using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Archive.ReassignParty;
using InvoiceHub.Invoices.FollowUps;
using InvoiceHub.Parties.Manage.MergeParties;
using InvoiceHub.Parties.Manage.SaveParty;
using InvoiceHub.Parties.Sync.UpsertParty;

namespace InvoiceHub.IntegrationTests.Archive;

/// <summary>The handlers behind /parties/{id} (merge) and /follow-ups, against the real database.</summary>
public sealed class PartyMergeAndFollowUpTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Merge_MovesEvenArchivedDocumentsToTheSurvivor_AuditsEach_AndRemovesTheDuplicate()
    {
        var (documentId, duplicateId) = await PushAsync(new InvoiceXml { SellerName = "Dup Source " + InvoiceXml.RandomDigits(6) });
        using var scope = fixture.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        var saved = await services.GetRequiredService<SavePartyHandler>().HandleAsync(
            fixture.TenantId, null, new PartyInput("supplier", "Survivor " + InvoiceXml.RandomDigits(6), Ibans: ["DE89370400440532013000"]), CancellationToken.None);
        saved.Outcome.ShouldBe(UpsertOutcome.Created);
        var survivor = saved.Party!;
        var merge = services.GetRequiredService<MergePartiesHandler>();
        (await merge.CheckAsync(fixture.TenantId, survivor.Id, duplicateId, CancellationToken.None)).Problem.ShouldBeNull();

        var moved = await services.GetRequiredService<ReassignPartyHandler>().HandleAsync(
            fixture.TenantId, duplicateId, survivor.Id, survivor.AccountNumber, "merged in a test", "tester", CancellationToken.None);
        var merged = await merge.MergeAsync(fixture.TenantId, survivor.Id, duplicateId, CancellationToken.None);

        moved.ShouldBe(1);
        merged.ShouldNotBeNull().Ibans.ShouldContain("DE89370400440532013000");
        (await fixture.Database.ScalarAsync<Guid>($"SELECT party_id FROM invoices.documents WHERE id = '{documentId}'")).ShouldBe(survivor.Id);
        (await fixture.Database.ScalarAsync<string>($"SELECT status FROM invoices.documents WHERE id = '{documentId}'")).ShouldBe("Archived");
        (await fixture.Database.ScalarAsync<string>(
            $"SELECT actor || ':' || detail FROM invoices.audit_trail WHERE document_id = '{documentId}' AND action = 'party-merged'")).ShouldBe("tester:merged in a test");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM parties.parties WHERE id = '{duplicateId}'")).ShouldBe(0);
        // The rest of an archived document still cannot change.
        await Should.ThrowAsync<Npgsql.PostgresException>(() =>
            fixture.Database.ScalarAsync<long>($"UPDATE invoices.documents SET invoice_number = 'X' WHERE id = '{documentId}' RETURNING 1"));
    }

    [Fact]
    public async Task Merge_OfAPartyWithItself_OrAnotherTenantsParty_IsRefused()
    {
        var (_, partyId) = await PushAsync(new InvoiceXml());
        using var scope = fixture.App.Services.CreateScope();
        var merge = scope.ServiceProvider.GetRequiredService<MergePartiesHandler>();

        (await merge.CheckAsync(fixture.TenantId, partyId, partyId, CancellationToken.None)).Problem.ShouldBe(MergeProblem.SameParty);
        (await merge.CheckAsync(Guid.NewGuid(), partyId, Guid.NewGuid(), CancellationToken.None)).Problem.ShouldBe(MergeProblem.NotFound);
    }

    [Fact]
    public async Task FollowUps_DueForTheirUser_EscalatedForAdminsAfterTheTenantsDays_DoneLeavesTheList()
    {
        var (documentId, _) = await PushAsync(new InvoiceXml());
        using var scope = fixture.App.Services.CreateScope();
        var followUps = scope.ServiceProvider.GetRequiredService<FollowUpsHandler>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var user = "clerk-" + InvoiceXml.RandomDigits(5);
        var old = await followUps.CreateAsync(fixture.TenantId, new FollowUpInput { DocumentId = documentId, AssignedTo = user, DueOn = today.AddDays(-10), Note = "old" }, "boss", CancellationToken.None);
        await followUps.CreateAsync(fixture.TenantId, new FollowUpInput { DocumentId = documentId, AssignedTo = user, DueOn = today, Note = "today" }, "boss", CancellationToken.None);
        await followUps.CreateAsync(fixture.TenantId, new FollowUpInput { DocumentId = documentId, AssignedTo = user, DueOn = today.AddDays(3), Note = "later" }, "boss", CancellationToken.None);
        (await followUps.CreateAsync(Guid.NewGuid(), new FollowUpInput { DocumentId = documentId, AssignedTo = user, DueOn = today, Note = "x" }, "boss", CancellationToken.None)).ShouldBeNull();

        var lists = await followUps.ListAsync(fixture.TenantId, user, includeEscalated: true, CancellationToken.None);

        lists.Due.Select(f => f.Note).ShouldBe(["old", "today"]);
        lists.Upcoming.Select(f => f.Note).ShouldBe(["later"]);
        lists.Escalated.ShouldNotBeNull().Where(f => f.AssignedTo == user).Select(f => f.Note).ShouldBe(["old"]);
        (await followUps.ListAsync(fixture.TenantId, user, includeEscalated: false, CancellationToken.None)).Escalated.ShouldBeNull();

        (await followUps.CompleteAsync(fixture.TenantId, old!.Value, user, CancellationToken.None)).ShouldBeTrue();
        (await followUps.ListAsync(fixture.TenantId, user, includeEscalated: true, CancellationToken.None)).Due.Select(f => f.Note).ShouldBe(["today"]);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{documentId}' AND action LIKE 'follow-up%'")).ShouldBe(4);
    }

    private async Task<(Guid DocumentId, Guid PartyId)> PushAsync(InvoiceXml invoice)
    {
        using var client = fixture.CreateConnectorClient();
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (document.GetProperty("id").GetGuid(), document.GetProperty("party").GetProperty("id").GetGuid());
    }
}
