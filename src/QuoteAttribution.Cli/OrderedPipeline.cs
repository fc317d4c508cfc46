using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace QuoteAttribution.Cli;

/// <summary>
/// Transforms a stream of items on several worker threads and hands the results to a sink strictly in
/// input order. Items travel in batches of up to <c>batch</c>; at most <c>maxInFlight</c> batches (plus the one
/// being read and the one being written) are between source and sink at any time, so memory stays flat however
/// long the source is. Batches make the hand-offs between threads rarer: on two cores, a thread waiting for the
/// next single item spins on the core the work needs.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Runs the pipeline to the end of <paramref name="source"/>.</summary>
    /// <param name="source">The items, read on a thread of their own.</param>
    /// <param name="transform">The work, run on <paramref name="workers"/> threads; it must be thread-safe.</param>
    /// <param name="sink">Receives the results in input order, on the calling thread.</param>
    /// <param name="workers">The number of worker threads (at least 1).</param>
    /// <param name="maxInFlight">The bound on batches read but not yet sunk (at least 1).</param>
    /// <param name="beforeWait">Called on the calling thread before it waits for a result that is not ready yet.</param>
    /// <param name="batch">
    /// The most items a batch holds (at least 1). A batch is handed on when full or at the end of the source, so
    /// keep 1 for a source a person types into (a terminal), whose results must come item by item.
    /// </param>
    /// <remarks>
    /// An exception from the source, a transform or the sink stops the pipeline and is rethrown here, after the
    /// results of the items before it have been sunk.
    /// </remarks>
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Action<TOut> sink,
        int workers,
        int maxInFlight,
        Action? beforeWait = null,
        int batch = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);

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
                    var items = new List<TIn>(batch);
                    foreach (var item in source)
                    {
                        items.Add(item);
                        if (items.Count == batch)
                        {
                            Hand(items);
                            items = new List<TIn>(batch);
                        }
                    }

                    if (items.Count > 0)
                    {
                        Hand(items);
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

                void Hand(List<TIn> items)
                {
                    var slot = new Slot<TIn, TOut>(items);
                    inOrder.Add(slot, stop.Token);
                    toDo.Add(slot, stop.Token);
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

                foreach (var result in slot.Results())
                {
                    sink(result);
                }
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

    /// <summary>A batch of items and, once a worker is done with it, their results (or the first failure among them).</summary>
    private sealed class Slot<TIn, TOut>(List<TIn> inputs)
    {
        private readonly TaskCompletionSource<TOut[]> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Exception? failure;

        public bool IsDone => result.Task.IsCompleted;

        public void Complete(Func<TIn, TOut> transform)
        {
            var outputs = new TOut[inputs.Count];
            var count = 0;
            try
            {
                for (; count < inputs.Count; count++)
                {
                    outputs[count] = transform(inputs[count]);
                }
            }
            catch (Exception e)
            {
                failure = e;
            }

            result.SetResult(failure is null ? outputs : outputs[..count]);
        }

        /// <summary>The results in input order; the failure, if any, is thrown after the results before it.</summary>
        public IEnumerable<TOut> Results()
        {
            foreach (var output in result.Task.GetAwaiter().GetResult())
            {
                yield return output;
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }
    }
}
