using Publisher.Model.Threading;

namespace Publisher.Model.Tests;

public class PartHandOffTests
{
    [Fact]
    public void Run_ManyParts_ConsumerSeesEveryPartInOrderAndProducerResultIsReturned()
    {
        var seen = new List<int>();
        var result = PartHandOff.Run<int, string>(2, take =>
        {
            for (var i = 0; i < 1000; i++) take(i);
            return "done";
        }, seen.Add);
        Assert.Equal("done", result);
        Assert.Equal(Enumerable.Range(0, 1000), seen);
    }

    [Fact]
    public void Run_ConsumerFails_ProducerIsStoppedAndConsumerExceptionIsRethrown()
    {
        var produced = 0;
        var e = Assert.Throws<InvalidOperationException>(() => PartHandOff.Run<int, int>(1, take =>
        {
            // Without the cancellation the full queue would block this loop for ever.
            for (var i = 0; i < 1_000_000; i++) { take(i); produced++; }
            return produced;
        }, part => { if (part == 3) throw new InvalidOperationException("consumer broke"); }));
        Assert.Equal("consumer broke", e.Message);
        Assert.True(produced < 1_000_000);
    }

    [Fact]
    public void Run_ProducerFails_ExceptionIsRethrownOnlyAfterConsumerHasStopped()
    {
        using var gate = new ManualResetEventSlim();
        var consumed = 0;
        var run = Task.Run(() => PartHandOff.Run<int, int>(4, take =>
        {
            take(1);
            take(2);
            throw new IOException("disk gone");
        }, _ => { gate.Wait(); Interlocked.Increment(ref consumed); }));
        // The consumer is held at the gate: Run must not return (or throw) while it still works.
        Assert.False(run.Wait(TimeSpan.FromMilliseconds(200)));
        gate.Set();
        var e = Assert.Throws<AggregateException>(() => run.Wait()).InnerException;
        Assert.Equal("disk gone", Assert.IsType<IOException>(e).Message);
        Assert.Equal(2, Volatile.Read(ref consumed));
    }
}
