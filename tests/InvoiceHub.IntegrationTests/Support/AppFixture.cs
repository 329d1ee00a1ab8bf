namespace InvoiceHub.IntegrationTests.Support;

/// <summary>One database and one running application per test class.</summary>
public class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private InvoiceHubApp? _app;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Fixture not initialised");

    public InvoiceHubApp App => _app ?? throw new InvalidOperationException("Fixture not initialised");

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _app = new InvoiceHubApp(_database.ConnectionString, Settings, UseKestrel);
        _ = _app.Services; // starts the host: migrations and bootstrap run now
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Serve on a real local port (for browsers) instead of the in-memory test server.</summary>
    protected virtual bool UseKestrel => false;
}
