using System.Collections.Concurrent;

namespace Publisher.Model.Threading;

/// <summary>
/// Runs a producer on the calling thread and one consumer on another core, handing parts over a bounded queue in
/// order. Import (parse, then serialise) and export (read the catalog, then format) both split their work this
/// way; it lives in the model because stages may not depend on each other.
/// </summary>
public static class PartHandOff
{
    /// <summary>
    /// Calls <paramref name="produce"/> with a sink; every part given to the sink reaches <paramref name="consume"/>
    /// on another thread, in order. Returns what <paramref name="produce"/> returns once every part is consumed.
    /// A consumer failure stops the producer at its next hand-off and is the exception rethrown; a producer failure
    /// is rethrown after the consumer has stopped, so nothing the consumer uses is disposed under it.
    /// </summary>
    /// <param name="capacity">Parts waiting at most: bounds the memory held between the two sides.</param>
    /// <param name="produce">Reads the input, handing each part to the sink it is given.</param>
    /// <param name="consume">Handles one part.</param>
    public static TResult Run<TPart, TResult>(int capacity, Func<Action<TPart>, TResult> produce, Action<TPart> consume)
    {
        using var parts = new BlockingCollection<TPart>(capacity);
        using var failed = new CancellationTokenSource();
        var consuming = Task.Run(() =>
        {
            try
            {
                foreach (var part in parts.GetConsumingEnumerable()) consume(part);
            }
            catch
            {
                failed.Cancel(); // unblocks the producer; the failure is rethrown below
                throw;
            }
        });
        TResult result = default!;
        try
        {
            result = produce(part => parts.Add(part, failed.Token));
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            // The consumer failed: its exception is the one to report.
        }
        finally
        {
            parts.CompleteAdding();
            Task.WaitAny(consuming);
        }
        consuming.GetAwaiter().GetResult();
        return result;
    }
}
