using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Api.Authentication;

/// <summary>
/// Authenticates connector clients by HTTP Basic (user name + API key) or by an <c>X-Api-Key</c> header. Produces a
/// principal with the credential's tenant as its only tenant claim.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiCredentialService credentials,
    ApiKeyFailureThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string ThrottledItem = "InvoiceHub.ApiKeyThrottled";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (username, key) = ReadCredentials(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress;
        if (throttle.IsLimited(address))
        {
            Context.Items[ThrottledItem] = true;
            return AuthenticateResult.Fail("Too many failed authentications from this address.");
        }

        var client = await credentials.VerifyAsync(username, key, Context.RequestAborted);
        if (client is null)
        {
            throttle.Failed(address);
            return AuthenticateResult.Fail("Unknown user name or API key, or the key was revoked.");
        }

        Context.Items[typeof(ApiClientIdentity)] = client;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, client.Username),
                new Claim(ApiClaimTypes.ApiClient, client.CredentialId.ToString()),
                new Claim(AccountClaimTypes.Tenant, client.TenantId.ToString()),
                .. client.Permissions.Select(permission => new Claim(Permissions.ClaimType, permission)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(ThrottledItem))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = Context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many failed authentications",
                    Detail = "Too many requests from this address had a wrong API key or user name. Check the credential and retry in a minute.",
                },
            });
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"InvoiceHub\", charset=\"UTF-8\"";
    }

    private static (string? Username, string? Key) ReadCredentials(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var apiKey) && !string.IsNullOrWhiteSpace(apiKey))
        {
            return (null, apiKey.ToString().Trim());
        }

        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { Length: > 0 and < 512 } parameter)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 ? (decoded[..colon], decoded[(colon + 1)..]) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (null, null);
    }
}
