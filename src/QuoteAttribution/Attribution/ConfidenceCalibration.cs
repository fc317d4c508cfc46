using Newtonsoft.Json;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Maps the engine's raw confidence (the ranker's probability, capped by <see cref="SpeakerEvidence"/>) to how
/// often a speaker given that confidence was right on real articles it had not seen: an isotonic (monotone,
/// pool-adjacent-violators) fit over bins of raw confidence, made by <c>kutip train</c> from the
/// leave-one-outlet-out predictions on the real training articles and kept in the model's manifest. Each bin's
/// value is a cautious estimate: the lower end of the one-sided 95% Wilson interval of the accuracy seen there
/// (made non-decreasing from the top down), so a confidence of 0.9 means at least nine in ten right even where
/// few quotes were seen. The quotes of one article are not independent evidence (one speaker, one writer's
/// habits, one outlet's page furniture), so the interval counts the articles a bin's quotes come from, not the
/// quotes: a pooled accuracy of 0.918 over 1,485 quotes from 350 articles is "at least 0.894", not 0.909.
/// </summary>
public sealed class ConfidenceCalibration
{
    /// <summary>
    /// The lower edges of the bins of raw confidence the fit is made over: steps of 0.05, finer above 0.9, where
    /// most speakers are and where a journalist's "sure" must be told from "nearly sure".
    /// </summary>
    private static readonly double[] Edges =
        [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 0.99];

    /// <summary>Number of bins.</summary>
    public static int Bins => Edges.Length;

    /// <summary>The calibrated confidence of each bin of raw confidence (bin i starts at its edge), non-decreasing.</summary>
    [JsonProperty("bins")]
    public double[] Values { get; set; } = [];

    /// <summary>The calibrated confidence of a raw one; the raw one when there is no fit.</summary>
    public double Map(double raw)
    {
        if (Values.Length != Bins)
        {
            return raw;
        }

        return Values[BinOf(raw)];
    }

    /// <summary>
    /// The lower end of the one-sided 95% Wilson score interval of an accuracy <paramref name="p"/> seen over
    /// <paramref name="n"/> independent pieces of evidence.
    /// </summary>
    private static double WilsonLowerBound(double p, double n)
    {
        const double Z = 1.6449;
        var centre = p + Z * Z / (2 * n);
        var spread = Z * Math.Sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
        return Math.Max(0, (centre - spread) / (1 + Z * Z / n));
    }

    /// <summary>How many distinct articles the pairs of bins <paramref name="first"/> to <paramref name="last"/> come from.</summary>
    private static int ArticlesOf(HashSet<string>?[] articles, int first, int last)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        for (var b = first; b <= last; b++)
        {
            if (articles[b] is { } set)
            {
                union.UnionWith(set);
            }
        }

        return union.Count;
    }

    private static int BinOf(double raw)
    {
        var bin = 0;
        while (bin + 1 < Edges.Length && raw >= Edges[bin + 1])
        {
            bin++;
        }

        return bin;
    }

    /// <summary>Replaces every decision's confidence by its calibrated value.</summary>
    internal void Apply(AttributionContext context)
    {
        for (var q = 0; q < context.Decisions.Length; q++)
        {
            if (context.Decisions[q] is { } decision)
            {
                context.Decisions[q] = decision with { Provenance = decision.Provenance with { Confidence = Map(decision.Provenance.Confidence) } };
            }
        }
    }

    /// <summary>Fits the map to (raw confidence, speaker right) pairs, each taken as independent evidence.</summary>
    public static ConfidenceCalibration Fit(IEnumerable<(double Raw, bool Right)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Fit(pairs.Select((pair, i) => (pair.Raw, pair.Right, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// Fits the map to (raw confidence, speaker right, article id) triples; bins without pairs take their
    /// neighbours' values. The interval of each pooled bin counts the distinct articles its pairs come from.
    /// </summary>
    public static ConfidenceCalibration Fit(IEnumerable<(double Raw, bool Right, string Article)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var right = new double[Bins];
        var count = new double[Bins];
        var articles = new HashSet<string>[Bins];
        foreach (var (raw, ok, article) in pairs)
        {
            var bin = BinOf(raw);
            count[bin]++;
            right[bin] += ok ? 1 : 0;
            (articles[bin] ??= new HashSet<string>(StringComparer.Ordinal)).Add(article);
        }

        // Pool adjacent violators over the non-empty bins, weighted by their counts.
        var blocks = new List<(double Sum, double Weight, int First, int Last)>();
        for (var b = 0; b < Bins; b++)
        {
            if (count[b] == 0)
            {
                continue;
            }

            blocks.Add((right[b], count[b], b, b));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Weight > blocks[^1].Sum / blocks[^1].Weight)
            {
                var (last, previous) = (blocks[^1], blocks[^2]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add((previous.Sum + last.Sum, previous.Weight + last.Weight, previous.First, last.Last));
            }
        }

        var values = new double[Bins];
        if (blocks.Count == 0)
        {
            for (var b = 0; b < Bins; b++)
            {
                values[b] = Edges[b];
            }

            return new ConfidenceCalibration { Values = values };
        }

        var bounds = blocks.Select(x => WilsonLowerBound(x.Sum / x.Weight, ArticlesOf(articles, x.First, x.Last))).ToArray();
        var block = 0;
        for (var b = 0; b < Bins; b++)
        {
            while (block < blocks.Count - 1 && b > blocks[block].Last)
            {
                block++;
            }

            values[b] = bounds[block];
        }

        for (var b = Bins - 2; b >= 0; b--)
        {
            values[b] = Math.Min(values[b], values[b + 1]);
        }

        return new ConfidenceCalibration { Values = values.Select(v => Math.Round(v, 4)).ToArray() };
    }
}
