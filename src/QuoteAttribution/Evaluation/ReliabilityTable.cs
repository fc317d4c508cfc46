using QuoteAttribution.Corpus;

namespace QuoteAttribution.Evaluation;

/// <summary>Collects <see cref="ReliabilityBucket"/>s: matched pairs and right speakers by predicted confidence.</summary>
internal sealed class ReliabilityTable
{
    /// <summary>The lower bounds of the buckets; the last bucket includes 1.0.</summary>
    private static readonly double[] LowerBounds = [0.0, 0.5, 0.7, 0.8, 0.9];

    private static readonly string[] Labels = ["[0.0, 0.5)", "[0.5, 0.7)", "[0.7, 0.8)", "[0.8, 0.9)", "[0.9, 1.0]"];

    private const string NoConfidence = "none";

    private readonly int[] matched = new int[LowerBounds.Length + 1];
    private readonly int[] right = new int[LowerBounds.Length + 1];
    private readonly double[] confidenceSums = new double[LowerBounds.Length + 1];

    /// <summary>Counts a matched pair; the confidence is the prediction's <c>confidence</c>, else its provenance's.</summary>
    public void Matched(AnnotatedQuote predicted, bool speakerRight)
    {
        var confidence = predicted.Confidence ?? predicted.Provenance?.Confidence;
        var bucket = confidence is { } c && !double.IsNaN(c) ? BucketOf(c) : LowerBounds.Length;
        matched[bucket]++;
        right[bucket] += speakerRight ? 1 : 0;
        confidenceSums[bucket] += confidence ?? 0;
    }

    /// <summary>The five ranges in order, then <c>none</c> when some matched prediction had no confidence.</summary>
    public IReadOnlyList<ReliabilityBucket> ToBuckets()
    {
        var buckets = new List<ReliabilityBucket>();
        for (var i = 0; i < LowerBounds.Length; i++)
        {
            var mean = matched[i] > 0 ? PythonFloat.Round(confidenceSums[i] / matched[i], 4) : (double?)null;
            buckets.Add(new ReliabilityBucket(Labels[i], matched[i], right[i], mean));
        }

        if (matched[^1] > 0)
        {
            buckets.Add(new ReliabilityBucket(NoConfidence, matched[^1], right[^1], null));
        }

        return buckets;
    }

    // Below 0 counts in the first bucket, above 1 in the last.
    private static int BucketOf(double confidence)
    {
        var bucket = 0;
        while (bucket + 1 < LowerBounds.Length && confidence >= LowerBounds[bucket + 1])
        {
            bucket++;
        }

        return bucket;
    }
}
