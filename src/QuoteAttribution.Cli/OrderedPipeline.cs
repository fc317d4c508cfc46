using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace QuoteAttribution.Cli;

/// <summary>
/// Transforms a stream of items on several worker threads and hands the results to a sink strictly in
/// input order. At most <c>maxInFlight</c> items (plus the one being read and the one being written) are
/// between source and sink at any time, so memory stays flat however long the source is.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Runs the pipeline to the end of <paramref name="source"/>.</summary>
    /// <param name="source">The items, read on a thread of their own.</param>
    /// <param name="transform">The work, run on <paramref name="workers"/> threads; it must be thread-safe.</param>
    /// <param name="sink">Receives the results in input order, on the calling thread.</param>
    /// <param name="workers">The number of worker threads (at least 1).</param>
    /// <param name="maxInFlight">The bound on items read but not yet sunk (at least 1).</param>
    /// <param name="beforeWait">Called on the calling thread before it waits for a result that is not ready yet.</param>
    /// <remarks>An exception from the source, a transform or the sink stops the pipeline and is rethrown here.</remarks>
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Action<TOut> sink,
        int workers,
        int maxInFlight,
        Action? beforeWait = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);

        // Not disposed: after a failure the reader may still be blocked inside the source (say, on a
        // terminal's standard input) and is left to finish on its own; it stops at its next Add.
        var stop = new CancellationTokenSource();
        var inOrder = new BlockingCollection<Slot<TIn, TOut>>(maxInFlight);
        var toDo = new BlockingCollection<Slot<TIn, TOut>>(maxInFlight);
        Exception? sourceFailure = null;

        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        var slot = new Slot<TIn, TOut>(item);
                        inOrder.Add(slot, stop.Token);
                        toDo.Add(slot, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    sourceFailure = e;
                }
                finally
                {
                    inOrder.CompleteAdding();
                    toDo.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var workerTasks = Enumerable.Range(0, workers)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        foreach (var slot in toDo.GetConsumingEnumerable(stop.Token))
                        {
                            slot.Complete(transform);
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();

        var finished = false;
        try
        {
            foreach (var slot in inOrder.GetConsumingEnumerable())
            {
                if (!slot.IsDone)
                {
                    beforeWait?.Invoke();
                }

                sink(slot.Result());
            }

            finished = true;
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workerTasks);
            if (finished)
            {
                reader.Wait();
            }
        }

        if (sourceFailure is not null)
        {
            ExceptionDispatchInfo.Throw(sourceFailure);
        }
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        private readonly TaskCompletionSource<TOut> result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsDone => result.Task.IsCompleted;

        public void Complete(Func<TIn, TOut> transform)
        {
            try
            {
                result.SetResult(transform(input));
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        }

        public TOut Result() => result.Task.GetAwaiter().GetResult();
    }
}
