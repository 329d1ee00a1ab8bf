using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class SignInTests(SignInTests.UnlimitedFixture fixture) : IClassFixture<SignInTests.UnlimitedFixture>
{
    /// <summary>
    /// In-process requests all come from one (unknown) address: the failure limits are raised here so that this class
    /// sees the lockout itself; SignInAbuseTests covers the limits from distinct addresses.
    /// </summary>
    public sealed class UnlimitedFixture : AppFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["SignIn:FailuresPerAddress"] = "1000",
            ["SignIn:FailuresPerAccount"] = "1000",
        };
    }

    [Fact]
    public async Task ProtectedPage_WhenAnonymous_RedirectsToSignIn()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/signin?ReturnUrl=%2F");
    }

    [Fact]
    public async Task SignIn_WithRightPassword_ShowsTheDashboardGreeting()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var dashboard = await client.GetStringAsync("/");

        dashboard.ShouldContain("Welcome, Administrator");
        dashboard.ShouldContain("Default"); // the admin's tenant
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccount_WhichOnlyTheRightPasswordLearns()
    {
        using var scope = fixture.App.Services.CreateScope();
        var email = $"lock-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(scope.ServiceProvider, email, "Bookkeeper");
        using var client = fixture.App.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.PostSignInAsync(email, "Wrong-password-" + attempt);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain("Wrong e-mail address or password.");
        }

        var sixth = await client.PostSignInAsync(email, "Wrong-password-6");
        (await sixth.Content.ReadAsStringAsync()).ShouldNotContain("locked");
        var right = await client.PostSignInAsync(email, UsersForTests.Password);

        right.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again, no redirect into the app
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked");
        var lockoutEnd = await fixture.Database.ScalarAsync<DateTime?>(
            $"SELECT lockout_end FROM accounts.users WHERE email = '{email}'");
        lockoutEnd.ShouldNotBeNull();
        lockoutEnd.Value.ShouldBeGreaterThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task SignIn_FourWrongPasswords_DoNotLockTheAccount()
    {
        using var scope = fixture.App.Services.CreateScope();
        var email = $"nolock-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(scope.ServiceProvider, email, "Bookkeeper");
        using var client = fixture.App.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostSignInAsync(email, "Wrong-password-" + attempt);
        }

        (await client.PostSignInAsync(email, UsersForTests.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = InvoiceHubApp.AdminEmail,
            ["Password"] = InvoiceHubApp.AdminPassword,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var dashboard = await client.GetStringAsync("/");

        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInExtensions.AntiforgeryToken(dashboard),
        }));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
