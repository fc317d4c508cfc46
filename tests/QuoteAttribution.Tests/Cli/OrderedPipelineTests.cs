using NUnit.Framework;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class OrderedPipelineTests
{
    [TestCase(1)]
    [TestCase(7)]
    [TestCase(32)]
    public void Run_ItemsOfVeryDifferentCost_AreSunkInInputOrder(int batch)
    {
        var sunk = new List<int>();

        OrderedPipeline.Run(Enumerable.Range(0, 200), i => { Thread.SpinWait((i % 7) * 3_000); return i; }, sunk.Add, workers: 4, maxInFlight: 16, batch: batch);

        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, 200)));
    }

    [TestCase(8, 1, 3)]
    [TestCase(4, 10, 2)]
    public void Run_LongSource_NeverHoldsMoreThanTheBoundInFlight(int maxInFlight, int batch, int workers)
    {
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
        }, workers, maxInFlight, batch: batch);

        Assert.That(sunk, Is.EqualTo(5_000));
        Assert.That(worst, Is.LessThanOrEqualTo((maxInFlight + 2) * batch));
    }

    [TestCase(1, 50)]
    [TestCase(16, 45)]
    public void Run_TransformThrows_RethrowsAfterSinkingTheItemsBefore(int batch, int failing)
    {
        var sunk = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 1_000),
            i => i == failing ? throw new InvalidOperationException("rusak") : i,
            sunk.Add,
            workers: 2,
            maxInFlight: 4,
            batch: batch));

        Assert.That(e.Message, Is.EqualTo("rusak"));
        Assert.That(sunk, Is.EqualTo(Enumerable.Range(0, failing)));
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
