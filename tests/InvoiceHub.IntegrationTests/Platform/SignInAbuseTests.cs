using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>
/// Sign-in and sessions under abuse, on a real Kestrel port: clients connect from distinct loopback addresses
/// (127.0.0.2, 127.0.0.3, ...), so the per-address limits see distinct clients exactly as in production.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class SignInAbuseTests(SignInAbuseTests.KestrelFixture fixture) : IClassFixture<SignInAbuseTests.KestrelFixture>
{
    [Fact]
    public async Task FiveGuessesFromOneAddress_DoNotLockTheOwnerOutFromAnother()
    {
        var email = await NewUserAsync("guess");
        using var attacker = fixture.ClientFrom("127.0.0.2");
        using var owner = fixture.ClientFrom("127.0.0.3");

        var answers = new List<(HttpStatusCode Status, string Body)>();
        for (var guess = 1; guess <= 5; guess++)
        {
            var response = await attacker.PostSignInAsync(email, "Guess-password-" + guess);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        var ownerSignIn = await owner.PostSignInAsync(email, UsersForTests.Password);

        answers.Take(3).ShouldAllBe(answer => answer.Status == HttpStatusCode.OK && answer.Body.Contains("Wrong e-mail address or password."));
        answers.Skip(3).ShouldAllBe(answer => answer.Status == HttpStatusCode.TooManyRequests && answer.Body.Contains("Too many failed sign-ins"));
        ownerSignIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Only the guesses the limit let through were counted, and the owner's sign-in reset them.
        (await fixture.Database.ScalarAsync<int>($"SELECT access_failed_count FROM accounts.users WHERE email = '{email}'")).ShouldBe(0);
    }

    [Fact]
    public async Task LockedAccount_SaysSoOnlyToWhoeverGivesItsPassword()
    {
        var email = await NewUserAsync("lock");
        await fixture.Database.ScalarAsync<int>(
            $"UPDATE accounts.users SET lockout_end = now() + interval '10 minutes' WHERE email = '{email}'; SELECT 1");
        using var stranger = fixture.ClientFrom("127.0.0.4");
        using var owner = fixture.ClientFrom("127.0.0.5");

        var guess = await (await stranger.PostSignInAsync(email, "Guess-password-1")).Content.ReadAsStringAsync();
        var unknown = await (await stranger.PostSignInAsync($"nobody-{Guid.NewGuid():N}@test.invoicehub.local", "Guess-password-1")).Content.ReadAsStringAsync();
        var right = await owner.PostSignInAsync(email, UsersForTests.Password);

        guess.ShouldContain("Wrong e-mail address or password.");
        guess.ShouldNotContain("locked");
        unknown.ShouldContain("Wrong e-mail address or password.");
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked");
    }

    [Fact]
    public async Task UnknownEmail_CostsAboutAsMuchTimeAsAWrongPassword()
    {
        // Four guesses per account stay below both the per-account limit and the lockout: five accounts give 20 samples.
        var known = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await NewUserAsync("timing"));
        }

        var warmUp = await NewUserAsync("warm");
        await MedianAsync(i => i % 5 == 0 ? warmUp : $"warm-{i}@test.invoicehub.local", 20);
        var unknownMedian = await MedianAsync(i => $"nobody-{i}-{Guid.NewGuid():N}@test.invoicehub.local", 21);
        var knownMedian = await MedianAsync(i => known[i % known.Count], 22);

        Math.Abs(unknownMedian - knownMedian).ShouldBeLessThan(0.2 * knownMedian,
            $"median of 20: unknown e-mail {unknownMedian:0.0} ms, wrong password {knownMedian:0.0} ms");
    }

    // Each sample from its own address, so the per-address limit never cuts a measurement short.
    private async Task<double> MedianAsync(Func<int, string> emailOf, int subnet)
    {
        var samples = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            using var client = fixture.ClientFrom($"127.0.{subnet}.{i + 1}");
            var form = await client.GetStringAsync("/account/signin");
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = emailOf(i),
                ["Password"] = "Wrong-password-" + i,
                ["__RequestVerificationToken"] = SignInExtensions.AntiforgeryToken(form),
            }));
            samples.Add(clock.Elapsed.TotalMilliseconds);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Wrong e-mail address or password.");
        }

        return samples.Order().ElementAt(samples.Count / 2);
    }

    [Fact]
    public async Task CookieCopiedBeforeSignOut_IsRedirectedToSignInAfterwards()
    {
        var cookies = new CookieContainer();
        using var browser = fixture.ClientFrom("127.0.0.6", cookies);
        await browser.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var dashboard = await browser.GetStringAsync("/");
        var copied = cookies.GetCookieHeader(browser.BaseAddress!);
        copied.ShouldContain("invoicehub.auth=");
        using var thief = fixture.ClientFrom("127.0.0.7");
        (await SendWithCookieAsync(thief, copied)).StatusCode.ShouldBe(HttpStatusCode.OK); // the copy works while signed in

        var signOut = await browser.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInExtensions.AntiforgeryToken(dashboard),
        }));
        var replay = await SendWithCookieAsync(thief, copied);

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.ToString().ShouldContain("/account/signin");
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task<string> NewUserAsync(string prefix)
    {
        using var scope = fixture.App.Services.CreateScope();
        var email = $"{prefix}-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(scope.ServiceProvider, email, "Bookkeeper");
        return email;
    }

    /// <summary>The app on a real port; the sign-in limits at their defaults.</summary>
    public sealed class KestrelFixture : AppFixture
    {
        protected override bool UseKestrel => true;

        /// <summary>A browser-like client (cookies kept, redirects visible) whose connections come from the given loopback address.</summary>
        public HttpClient ClientFrom(string localAddress, CookieContainer? cookies = null)
        {
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = cookies ?? new CookieContainer(),
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                        await socket.ConnectAsync(context.DnsEndPoint.Host == "localhost" ? new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port) : context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            return new HttpClient(handler) { BaseAddress = App.ServerAddress };
        }
    }
}
