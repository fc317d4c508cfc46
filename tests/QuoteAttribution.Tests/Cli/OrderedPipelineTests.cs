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
}
