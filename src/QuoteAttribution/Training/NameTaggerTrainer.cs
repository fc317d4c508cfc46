using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions.Names;

namespace QuoteAttribution.Training;

/// <summary>
/// Trains a <see cref="NameTagger"/>: an averaged structured perceptron over labelled runs. Each epoch visits
/// the runs in an order drawn from the seed; a run decoded wrongly moves the weights of its gold labelling up
/// and of the decoded one down; the averaged weights are a model. <see cref="Orders"/> such models, each from its
/// own order of the runs, are averaged again: one perceptron's decisions on rare cases (an unknown first name
/// after a title) swing with the order it happened to see, the average's much less. The same runs and seed give
/// the same weights.
/// </summary>
internal sealed class NameTaggerTrainer
{
    private readonly int _epochs;
    private readonly int _seed;
    private readonly float _ruleMargin;

    public NameTaggerTrainer(int epochs = 12, int seed = 20171, float ruleMargin = 0)
    {
        _epochs = epochs;
        _seed = seed;
        _ruleMargin = ruleMargin;
    }

    /// <summary>How many perceptrons, each trained on its own order of the runs, are averaged.</summary>
    public const int Orders = 5;

    public NameTagger Train(IReadOnlyList<LabelledRun> runs)
    {
        var sum = new float[NameTagger.Slots * NameTagger.Width];
        for (var o = 0; o < Orders; o++)
        {
            var weights = TrainOne(runs, _seed + o);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weights[i] / Orders;
            }
        }

        return new NameTagger(sum, _ruleMargin);
    }

    private float[] TrainOne(IReadOnlyList<LabelledRun> runs, int seed)
    {
        var size = NameTagger.Slots * NameTagger.Width;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var step = 1;
        var tagger = new NameTagger(weights);
        var order = Enumerable.Range(0, runs.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[NameFeatures.MaxPerItem];
        var emissions = new float[NameTagger.MaxRunLength * 3];
        var starts = new float[NameTagger.MaxRunLength + 1];
        var ends = new float[NameTagger.MaxRunLength + 1];
        var counts = new WordCounts[NameTagger.MaxRunLength + 2];
        var words = new uint[NameTagger.MaxRunLength + 2];

        void Update(int index, float delta)
        {
            totals[index] += (step - stamps[index]) * (double)weights[index];
            stamps[index] = step;
            weights[index] += delta;
        }

        for (var epoch = 0; epoch < _epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (run, gold) = runs[r];
                if (run.Length > NameTagger.MaxRunLength)
                {
                    continue;
                }

                NameFeatures.Prepare(run, counts, words);
                tagger.Score(run, emissions, starts, ends);
                var guess = NameTagger.Decode(run, emissions, starts, ends);
                if (guess != gold)
                {
                    for (var k = run.Start; k < run.End; k++)
                    {
                        var want = Label(gold, k);
                        var got = Label(guess, k);
                        if (want == got)
                        {
                            continue;
                        }

                        var n = NameFeatures.Token(run, k, counts, words, features);
                        foreach (var f in features[..n])
                        {
                            var slot = (int)(f & (NameTagger.Slots - 1)) * NameTagger.Width;
                            Update(slot + (int)want, 1);
                            Update(slot + (int)got, -1);
                        }
                    }

                    Boundary(run, gold.Start, guess.Start, 3);
                    Boundary(run, gold.IsEmpty ? -1 : gold.End, guess.IsEmpty ? -1 : guess.End, 4);
                }

                step++;
            }
        }

        var averaged = new float[size];
        for (var i = 0; i < size; i++)
        {
            var total = totals[i] + (step - stamps[i]) * (double)weights[i];
            averaged[i] = (float)(total / step);
        }

        return averaged;

        void Boundary(in NameRun run, int want, int got, int offset)
        {
            if (want == got)
            {
                return;
            }

            // -1: the labelling has no such boundary (a run that names no one has no name end).
            Span<uint> boundary = stackalloc uint[NameFeatures.MaxPerItem];
            if (want >= 0)
            {
                var n = NameFeatures.Boundary(run, want, counts, words, boundary);
                foreach (var f in boundary[..n])
                {
                    Update((int)(f & (NameTagger.Slots - 1)) * NameTagger.Width + offset, 1);
                }
            }

            if (got >= 0)
            {
                var n = NameFeatures.Boundary(run, got, counts, words, boundary);
                foreach (var f in boundary[..n])
                {
                    Update((int)(f & (NameTagger.Slots - 1)) * NameTagger.Width + offset, -1);
                }
            }
        }
    }

    private static NameLabel Label(NameSpan span, int k) =>
        k < span.Start ? NameLabel.Role : k < span.End ? NameLabel.Name : NameLabel.Trailing;
}
