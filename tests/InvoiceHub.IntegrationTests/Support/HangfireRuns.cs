using Hangfire;
using Hangfire.Storage;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Runs a recurring job as its schedule would: triggered in the app's Hangfire storage, done by its worker.</summary>
public static class HangfireRuns
{
    public static async Task TriggerAndWaitAsync(InvoiceHubApp app, string recurringJobId, TimeSpan? timeout = null)
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        string? Last()
        {
            using var connection = storage.GetConnection();
            return connection.GetRecurringJobs([recurringJobId]).SingleOrDefault()?.LastJobId;
        }

        var before = Last();
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(recurringJobId);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (Last() is { } last && last != before)
            {
                using var connection = storage.GetConnection();
                var state = connection.GetStateData(last)?.Name;
                if (state == "Succeeded")
                {
                    return;
                }

                state.ShouldNotBe("Failed", $"recurring job {recurringJobId} failed");
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"Recurring job {recurringJobId} did not finish within {timeout ?? TimeSpan.FromSeconds(60)}");
    }
}
