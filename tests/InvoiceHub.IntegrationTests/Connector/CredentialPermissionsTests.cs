using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// A connector credential archives only what an Admin allowed it to (issue 11: "an Admin grants a credential the archive
/// permission"), with the same check as for people, and a withdrawn grant ends at once.
/// </summary>
public sealed class CredentialPermissionsTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Archive_ByACredential_Is403UntilAnAdminGrantsThePurchasePermission_AndAgainAfterItIsWithdrawn()
    {
        var credential = await fixture.IssueKeyAsync(fixture.TenantId, "billing-" + Guid.NewGuid().ToString("N")[..8]);
        using var connector = fixture.CreateConnectorClient(credential);
        using var admin = fixture.App.CreateBrowserLikeClient();
        await admin.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var permissions = $"/api/v1/admin/tenants/{fixture.TenantId}/credentials/{credential.CredentialId}/permissions";
        var first = await QueuedPurchaseAsync(connector);
        var second = await QueuedPurchaseAsync(connector);

        var refused = await connector.PostAsync($"/api/v1/documents/{first}/archive", null);
        var granted = await admin.PutAsJsonAsync(permissions, new { permissions = new[] { "invoices.import-purchase-into-archive" } });
        var archived = await connector.PostAsync($"/api/v1/documents/{first}/archive", null);
        var withdrawn = await admin.PutAsJsonAsync(permissions, new { permissions = Array.Empty<string>() });
        var refusedAgain = await connector.PostAsync($"/api/v1/documents/{second}/archive", null);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("invoices.import-purchase-into-archive");
        granted.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await granted.Content.ReadAsStringAsync()).RootElement.GetProperty("permissions")
            .EnumerateArray().Select(p => p.GetString()).ShouldBe(["invoices.import-purchase-into-archive"]);
        archived.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await archived.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().ShouldBe("archived");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedAgain.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.audit_trail WHERE action = 'credential.permissions-changed' AND detail LIKE '{credential.Username}:%'")).ShouldBe(2);
    }

    [Fact]
    public async Task Grant_OfAPermissionACredentialCannotHold_Is400AndChangesNothing()
    {
        var credential = await fixture.IssueKeyAsync(fixture.TenantId, "billing-" + Guid.NewGuid().ToString("N")[..8]);
        using var admin = fixture.App.CreateBrowserLikeClient();
        await admin.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var path = $"/api/v1/admin/tenants/{fixture.TenantId}/credentials/{credential.CredentialId}/permissions";

        var resend = await admin.PutAsJsonAsync(path, new { permissions = new[] { "invoices.import-purchase-into-archive", "forwarding.resend-delivered" } });
        var unknownCredential = await admin.PutAsJsonAsync(
            $"/api/v1/admin/tenants/{fixture.TenantId}/credentials/{Guid.NewGuid()}/permissions", new { permissions = Array.Empty<string>() });

        resend.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        resend.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await resend.Content.ReadAsStringAsync()).ShouldContain("forwarding.resend-delivered");
        unknownCredential.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<int>(
            $"SELECT cardinality(permissions) FROM accounts.api_credentials WHERE id = '{credential.CredentialId}'")).ShouldBe(0);
    }

    /// <summary>A complete purchase invoice that waits only because its buyer is not the tenant: archivable by a decision.</summary>
    private static async Task<string> QueuedPurchaseAsync(HttpClient connector)
    {
        var invoice = new InvoiceXml { BuyerVatId = "DE" + InvoiceXml.RandomDigits(9) };
        var response = await connector.PostAsync("/api/v1/documents?direction=purchase", ConnectorFixture.Xml(invoice.ToBytes()));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        return document.GetProperty("id").GetString()!;
    }
}
