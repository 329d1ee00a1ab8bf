using System.Net;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Status assertions that show the response body when they fail (a problem detail says why).</summary>
public static class ResponseAssertions
{
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new ShouldAssertException($"Expected {(int)expected} {expected} but got {(int)response.StatusCode}: {body}");
        }
    }
}
