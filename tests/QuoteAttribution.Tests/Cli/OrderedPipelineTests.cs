using NUnit.Framework;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class OrderedPipelineTests
{
    [Test]
    public void Run_ItemsOfVeryDifferentCost_AreSunkInInputOrder()
    {
        var sunk = new List<int>();

        OrderedPipeline.Run(Enumerable.Range(0, 200), i => { Thread.SpinWait((i % 7) * 3_000); return i; }, sunk.Add, workers: 4, maxInFlight: 16);

        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, 200)));
    }

    [Test]
    public void Run_LongSource_NeverHoldsMoreThanTheBoundInFlight()
    {
        const int maxInFlight = 8;
        var pulled = 0;
        var sunk = 0;
        var worst = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 5_000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
            }
        }

        OrderedPipeline.Run(Source(), i => i, _ =>
        {
            sunk++;
            worst = Math.Max(worst, Volatile.Read(ref pulled) - sunk);
        }, workers: 3, maxInFlight);

        Assert.That(sunk, Is.EqualTo(5_000));
        Assert.That(worst, Is.LessThanOrEqualTo(maxInFlight + 2));
    }

    [Test]
    public void Run_TransformThrows_RethrowsAfterSinkingTheItemsBefore()
    {
        var sunk = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 1_000),
            i => i == 50 ? throw new InvalidOperationException("rusak") : i,
            sunk.Add,
            workers: 2,
            maxInFlight: 4));

        Assert.That(e.Message, Is.EqualTo("rusak"));
        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, 50)));
    }

    [Test]
    public void Run_SinkThrows_StopsAndRethrows()
    {
        var pulled = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref pulled);
            }
        }

        Assert.Throws<IOException>(() => OrderedPipeline.Run(
            Endless(), i => i, i => { if (i == 10) throw new IOException("pipa putus"); }, workers: 2, maxInFlight: 4));
        Assert.That(Volatile.Read(ref pulled), Is.LessThan(100));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(32)]
    public void Run_InBatches_SinksEveryItemOnceInInputOrder(int batch)
    {
        var sunk = new List<int>();

        OrderedPipeline.Run(Enumerable.Range(0, 1_001), i => { Thread.SpinWait((i % 5) * 2_000); return i * 2; }, sunk.Add, workers: 3, maxInFlight: 4, batch: batch);

        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, 1_001).Select(i => i * 2)));
    }

    [Test]
    public void Run_InBatches_TransformThrowsMidBatch_RethrowsAfterSinkingTheItemsBefore()
    {
        var sunk = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 1_000),
            i => i == 45 ? throw new InvalidOperationException("rusak") : i,
            sunk.Add,
            workers: 2,
            maxInFlight: 4,
            batch: 16));

        Assert.That(e.Message, Is.EqualTo("rusak"));
        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, 45)));
    }

    [Test]
    public void Run_InBatches_LongSource_HoldsAtMostTheBoundOfBatchesInFlight()
    {
        const int maxInFlight = 4;
        const int batch = 10;
        var pulled = 0;
        var sunk = 0;
        var worst = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 5_000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
            }
        }

        OrderedPipeline.Run(Source(), i => i, _ =>
        {
            sunk++;
            worst = Math.Max(worst, Volatile.Read(ref pulled) - sunk);
        }, workers: 2, maxInFlight, batch: batch);

        Assert.That(sunk, Is.EqualTo(5_000));
        Assert.That(worst, Is.LessThanOrEqualTo((maxInFlight + 2) * batch));
    }
}
