using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Bootstrap;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Forwarding.ChannelSettings;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Demo;

/// <summary>
/// A demo tenant to try InvoiceHub with: a bookkeeper, a read-only accountant, an API credential for the connector
/// and a few sample purchase invoices pushed through the real intake. Running it again adds nothing.
/// </summary>
internal sealed class DemoDataSeeder(
    UserDirectory directory,
    UserManager<AppUser> users,
    ApiCredentialService credentials,
    SettingsStore settingsStore,
    ReceiveDocumentHandler intake,
    ChannelSettingsHandler forwarding,
    IOptions<DemoDataSettings> options,
    IOptions<BootstrapOptions> bootstrap)
{
    private const string OwnVatId = "DE811111111";
    private const string CredentialName = "demo-billing";

    public async Task<DemoDataResult> SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var created = new List<string>();
        string? apiKey = null;
        var tenant = await directory.EnsureTenantAsync(settings.TenantName, cancellationToken);

        // The printed admin lands where the data is: Admin of the demo tenant, and working in it, from the first sign-in.
        if (await users.FindByEmailAsync(bootstrap.Value.AdminEmail) is { } admin
            && !(await users.GetClaimsAsync(admin)).Any(c => c.Type == AccountClaimTypes.PreferredTenant))
        {
            await directory.JoinAsync(admin, tenant.Id, Roles.Admin, makeCurrent: true, cancellationToken);
            created.Add($"{admin.Email} is Admin of {tenant.Name} and works in it");
        }

        if (await users.FindByEmailAsync(settings.BookkeeperEmail) is null)
        {
            await directory.CreateUserAsync(settings.BookkeeperEmail, "Birte Bookkeeper", settings.Password, Roles.Bookkeeper,
                tenant.Id, cancellationToken, [.. Permissions.All]);
            created.Add($"user {settings.BookkeeperEmail} (Bookkeeper)");
        }

        if (await users.FindByEmailAsync(settings.AccountantEmail) is null)
        {
            await directory.CreateUserAsync(settings.AccountantEmail, "Anton Accountant", settings.Password, Roles.Accountant,
                tenant.Id, cancellationToken);
            created.Add($"user {settings.AccountantEmail} (Accountant)");
        }

        var intakeSettings = await settingsStore.GetAsync(tenant.Id, cancellationToken);
        if (intakeSettings.OwnIdentifiers.Count == 0)
        {
            intakeSettings.OwnIdentifiers = [OwnVatId];
            await settingsStore.SaveAsync(intakeSettings, cancellationToken);
        }

        // DATEV settings (DATEV's own sample consultant and client), so that a fresh start can export a booking batch at once.
        var channels = await forwarding.GetAsync(tenant.Id, cancellationToken);
        if (channels.DatevConsultantNumber is null)
        {
            await forwarding.SaveAsync(tenant.Id, channels with { DatevConsultantNumber = 29098, DatevClientNumber = 55003 }, cancellationToken);
            created.Add("DATEV settings (consultant 29098, client 55003, SKR03)");
        }

        if ((await credentials.ListAsync(tenant.Id, cancellationToken)).All(c => c.Username != CredentialName)
            && await credentials.CreateAsync(tenant.Id, CredentialName, cancellationToken) is { } issued)
        {
            apiKey = issued.ApiKey;
            created.Add($"API credential {issued.Username} (its key is shown once, in the start banner)");
        }

        foreach (var sample in typeof(DemoDataSeeder).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Demo.", StringComparison.Ordinal)).Order())
        {
            await using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream(sample)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            var outcome = await intake.HandleAsync(
                new ReceiveDocumentCommand(tenant.Id, "demo-data", buffer.ToArray(), "application/xml", Direction.Purchase), cancellationToken);
            if (outcome.Kind == ReceiveOutcomeKind.Created)
            {
                created.Add($"invoice {outcome.Document!.InvoiceNumber} ({DescribeStatus(outcome)})");
            }
        }

        return new DemoDataResult(created, CredentialName, apiKey);
    }

    private static string DescribeStatus(ReceiveOutcome outcome) =>
        outcome.Document!.InternalNumber is { } number ? $"archived as {number}" : "in progress: " + string.Join(", ", outcome.Document.Reasons.Select(r => r.Code));
}
