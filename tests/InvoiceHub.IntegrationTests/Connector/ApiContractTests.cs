using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// The API as a new client meets it, on a real Kestrel port: what the OpenAPI document promises, how bad requests
/// are answered, and that every status the tests saw is declared.
/// </summary>
public sealed class ApiContractTests(SlowBodyTests.KestrelConnectorFixture fixture) : IClassFixture<SlowBodyTests.KestrelConnectorFixture>
{
    // What a client must never have to read in an answer: the server's implementation types.
    private static readonly string[] _typeNames = ["Int32", "Int64", "Guid", "DateTimeOffset", "Nullable", "System.", "Microsoft."];

    [Fact]
    public async Task UnknownApiPath_WithAValidKey_Is404Problem()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.GetAsync("/api/v1/nothing-here/at-all");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await JsonAsync(response)).GetProperty("detail").GetString()!.ShouldContain("/api/reference");
    }

    [Fact]
    public async Task UnknownApiPath_WithoutAKey_Is401()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/api/v1/nothing-here");

        await response.ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/v1/documents?since=yesterday", "since", "ISO 8601")]
    [InlineData("/api/v1/documents?after=42", "after", "cursor")]
    [InlineData("/api/v1/documents?limit=ten", "limit", "whole number from 1 to 500")]
    [InlineData("/api/v1/documents?limit=0", "limit", "whole number from 1 to 500")]
    [InlineData("/api/v1/documents?limit=100000", "limit", "whole number from 1 to 500")]
    [InlineData("/api/v1/documents?status=done", "status", "archived")]
    [InlineData("/api/v1/export?cursor=-1", "cursor", "nextCursor")]
    [InlineData("/api/v1/export?limit=0", "limit", "whole number from 1 to 500")]
    [InlineData("/api/v1/export?limit=100000", "limit", "whole number from 1 to 500")]
    [InlineData("/api/v1/parties?since=soon", "since", "ISO 8601")]
    [InlineData("/api/v1/parties?limit=100000", "limit", "whole number from 1 to 1000")]
    public async Task BadQueryParameter_Is400NamingTheParameterAndItsFormat(string url, string parameter, string format)
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.GetAsync(url);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!.ShouldContain(format);
        foreach (var typeName in _typeNames)
        {
            body.ShouldNotContain(typeName);
        }
    }

    [Fact]
    public async Task MalformedJsonBody_IsA400WithoutTypeNames()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/export/ack", new StringContent("{\"ids\": [\"not-an-id\"]}", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var typeName in _typeNames)
        {
            body.ShouldNotContain(typeName);
        }
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_IsTheSameDocumentTooLargeProblem()
    {
        var huge = new byte[21 * 1024 * 1024];
        using var client = fixture.CreateConnectorClient();
        // As curl does for large bodies: the server can refuse before the body is sent.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var declared = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(huge));
        await declared.ShouldHaveStatusAsync(HttpStatusCode.RequestEntityTooLarge);
        var expected = await JsonAsync(declared);

        var (status, body) = await PostChunkedAsync(huge);

        status.ShouldBe("413");
        body.ShouldContain("\"title\":\"Document too large\"");
        body.ShouldContain(JsonSerializer.Serialize(expected.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/Error", 404)]
    [InlineData("/error", 404)]
    [InlineData("/error/999", 404)]
    [InlineData("/error/200", 404)]
    [InlineData("/error/403", 403)]
    public async Task ErrorPage_OpenedDirectly_AnswersOnlyRealErrorStatuses(string url, int expected)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(url);

        ((int)response.StatusCode).ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Exception");
    }

    [Fact]
    public async Task OpenApi_DeclaresBasicAndApiKeySecuritySchemes()
    {
        var document = await OpenApiAsync();

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("Basic").GetProperty("type").GetString().ShouldBe("http");
        schemes.GetProperty("Basic").GetProperty("scheme").GetString().ShouldBe("basic");
        schemes.GetProperty("ApiKey").GetProperty("type").GetString().ShouldBe("apiKey");
        schemes.GetProperty("ApiKey").GetProperty("in").GetString().ShouldBe("header");
        schemes.GetProperty("ApiKey").GetProperty("name").GetString().ShouldBe("X-Api-Key");
    }

    [Fact]
    public async Task OpenApi_PushDocument_ListsEveryStatusWithTheProblemSchemaForErrors()
    {
        var document = await OpenApiAsync();

        var responses = Operation(document, "post", "/api/v1/documents").GetProperty("responses");
        foreach (var status in new[] { "200", "201", "400", "401", "409", "413", "415", "422", "429" })
        {
            responses.TryGetProperty(status, out var response).ShouldBeTrue($"status {status} is not declared");
            if (status[0] == '4')
            {
                var schema = response.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                schema.GetProperty("$ref").GetString().ShouldEndWith("/ProblemDetails");
            }
        }
    }

    [Fact]
    public async Task OpenApi_EveryOperation_DeclaresItsSecurityAndEveryStatusTheTestsObserved()
    {
        await ExerciseEveryOperationAsync();
        var document = await OpenApiAsync();
        var declared = new Dictionary<(string Method, string Path), HashSet<int>>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                operation.Value.TryGetProperty("security", out var security).ShouldBeTrue($"{where} declares no security");
                security.GetArrayLength().ShouldBeGreaterThan(0, $"{where} is not anonymous but declares no scheme");
                declared[(operation.Name.ToUpperInvariant(), ObservedStatuses.Normalize(path.Name))] =
                    [.. operation.Value.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture))];
            }
        }

        var observed = ObservedStatuses.All;
        observed.Count.ShouldBeGreaterThan(20);
        var undeclared = observed
            .Where(o => !declared.TryGetValue((o.Method, o.Path), out var statuses) || !statuses.Contains(o.Status))
            .Select(o => $"{o.Method} {o.Path} {o.Status}")
            .Order()
            .ToList();
        undeclared.ShouldBeEmpty();
    }

    // Each operation once with a good and a bad request, so this class sees the statuses on its own as well; other
    // test classes of the same run add what they observed (ObservedStatuses).
    private async Task ExerciseEveryOperationAsync()
    {
        using var client = fixture.CreateConnectorClient();
        using var anonymous = fixture.App.CreateClient();
        var missing = Guid.NewGuid();
        var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
        var id = (await JsonAsync(pushed)).GetProperty("id").GetString();
        foreach (var url in new[]
                 {
                     "/api/v1/documents", $"/api/v1/documents/{id}", $"/api/v1/documents/{id}/original", $"/api/v1/documents/{id}/rendered",
                     $"/api/v1/documents/{id}/attachments/1", $"/api/v1/documents/{id}/pages/1", $"/api/v1/documents/{missing}", "/api/v1/export", "/api/v1/parties",
                     "/api/v1/parties/nobody", "/api/v1/connector/whoami",
                 })
        {
            await client.GetAsync(url);
            await anonymous.GetAsync(url);
        }

        await client.PostAsync("/api/v1/documents", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { WrongTotal = true }.ToBytes()));
        await client.PostAsync("/api/v1/export/ack", new StringContent("{\"ids\": []}", System.Text.Encoding.UTF8, "application/json"));
        await client.PutAsync("/api/v1/parties/p-1", new StringContent("{\"kind\": \"nonsense\"}", System.Text.Encoding.UTF8, "application/json"));
        await client.PostAsync("/api/v1/parties/batch", new StringContent("{\"parties\": []}", System.Text.Encoding.UTF8, "application/json"));
        await anonymous.GetAsync($"/api/v1/admin/tenants/{fixture.TenantId}/credentials");
        // The editing actions, each with an answer the bookkeeping tests do not give through this client.
        await client.PutAsync($"/api/v1/documents/{id}", new StringContent("{\"netAmount\": -1}", System.Text.Encoding.UTF8, "application/json"));
        await client.PutAsync($"/api/v1/documents/{missing}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await client.PostAsync($"/api/v1/documents/{missing}/archive", null);
        await client.PostAsync($"/api/v1/documents/{id}/party", null);
        await client.PostAsync($"/api/v1/documents/{missing}/party", null);
        await client.PostAsync($"/api/v1/documents/{id}/reject", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
    }

    private async Task<JsonElement> OpenApiAsync()
    {
        using var client = fixture.App.CreateClient();
        return await JsonAsync(await client.GetAsync("/openapi/v1.json"));
    }

    private static JsonElement Operation(JsonElement document, string method, string path)
    {
        var paths = document.GetProperty("paths");
        var entry = paths.EnumerateObject().Single(p => ObservedStatuses.Normalize(p.Name) == path);
        return entry.Value.GetProperty(method);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>Sends the body in 64 KB chunks over a raw connection until the server answers, and reads that answer.</summary>
    private async Task<(string Status, string Body)> PostChunkedAsync(byte[] content)
    {
        var address = fixture.App.ServerAddress;
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/v1/documents HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {fixture.Credential.ApiKey}\r\n"
            + "Content-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = new List<byte>();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.AddRange(buffer.AsSpan(0, read));
                if (System.Text.Encoding.ASCII.GetString([.. answer]).Contains("}", StringComparison.Ordinal))
                {
                    break;
                }
            }
        });
        try
        {
            for (var offset = 0; offset < content.Length && !reading.IsCompleted; offset += 65536)
            {
                var size = Math.Min(65536, content.Length - offset);
                await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"{size:x}\r\n"));
                await stream.WriteAsync(content.AsMemory(offset, size));
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server answered and closed the connection before the whole body was sent: the answer is what counts.
        }

        await reading;
        var text = System.Text.Encoding.UTF8.GetString([.. answer]);
        return (text.Split(' ')[1], text);
    }
}
