using InvoiceHub.Invoices.Intake;

namespace InvoiceHub.IntegrationTests.Intake;

/// <summary>When forwarding sees this node as receiving documents (pure: a clock the test moves).</summary>
public sealed class IntakeActivityTests
{
    [Fact]
    public void Quiet_UntilADocumentIsBeingReceived_ThenBusyUntilAMomentAfterItEnded()
    {
        var clock = new SteppedClock();
        var activity = new IntakeActivity(clock);
        activity.IsBusy.ShouldBeFalse("nothing received yet");

        var first = activity.Begin();
        var second = activity.Begin();
        activity.IsBusy.ShouldBeTrue();
        first.Dispose();
        clock.Advance(TimeSpan.FromSeconds(10));
        activity.IsBusy.ShouldBeTrue("one document is still being received");
        second.Dispose();

        activity.IsBusy.ShouldBeTrue("a client sending one document after another leaves short gaps");
        clock.Advance(IntakeActivity.Afterglow - TimeSpan.FromMilliseconds(1));
        activity.IsBusy.ShouldBeTrue();
        clock.Advance(TimeSpan.FromMilliseconds(2));
        activity.IsBusy.ShouldBeFalse();
    }

    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
