using System.Net;
using System.Text.RegularExpressions;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Signs in through the real sign-in form, antiforgery token included, as a browser would.</summary>
public static partial class SignInExtensions
{
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/signin");
        var token = AntiforgeryToken(form);
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostSignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
