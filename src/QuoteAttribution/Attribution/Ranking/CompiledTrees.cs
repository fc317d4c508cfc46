using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The trained model's own parameters — its regression trees and Platt calibration, read out of the
/// ML.NET model — evaluated in a tight loop over flat arrays: the same probabilities as ML.NET's
/// prediction engine (a test holds the two together), without its per-row overhead. <c>kutip train</c>
/// writes them beside the model (<c>X.trees.bin</c>), so the engine starts without loading ML.NET.
/// </summary>
internal sealed class CompiledTrees
{
    private const uint Magic = 0x5452544B; // "KTRT"
    private const int FormatVersion = 1;

    private readonly int[] _treeRoots;
    private readonly Split[] _splits;
    private readonly int[] _leafStart;

    /// <summary>Each leaf's value already multiplied by its tree's weight (the same product the sum would take).</summary>
    private readonly double[] _weightedLeaves;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private CompiledTrees(List<RegressionTree> trees, IReadOnlyList<double> weights, double bias, double slope, double offset)
    {
        _treeRoots = new int[trees.Count];
        _leafStart = new int[trees.Count];
        var splits = new List<Split>();
        var leaves = new List<double>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new NotSupportedException("The speaker model has categorical splits, which the compiled evaluator does not read.");
            }

            _treeRoots[t] = splits.Count;
            _leafStart[t] = leaves.Count;
            for (var n = 0; n < tree.LeftChild.Count; n++)
            {
                splits.Add(new Split(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n]));
            }

            leaves.AddRange(tree.LeafValues.Select(value => weights[t] * value));
        }

        _splits = splits.ToArray();
        _weightedLeaves = leaves.ToArray();
        (_bias, _slope, _offset) = (bias, slope, offset);
    }

    private CompiledTrees(int[] treeRoots, Split[] splits, int[] leafStart, double[] weightedLeaves, double bias, double slope, double offset)
    {
        (_treeRoots, _splits, _leafStart, _weightedLeaves) = (treeRoots, splits, leafStart, weightedLeaves);
        (_bias, _slope, _offset) = (bias, slope, offset);
    }

    /// <summary>The file name of the trees beside a model <c>X.zip</c>: <c>X.trees.bin</c>.</summary>
    public static string PathBeside(string modelPath) => Path.ChangeExtension(modelPath, null) + ".trees.bin";

    /// <summary>Reads the trees out of a model trained by <c>SpeakerRankerTrainer</c>.</summary>
    public static CompiledTrees From(ITransformer transformer)
    {
        if (transformer is not BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> binary)
        {
            throw new InvalidDataException($"The speaker model is a {transformer.GetType().Name}, not a calibrated FastTree binary model.");
        }

        var ensemble = binary.Model.SubModel.TrainedTreeEnsemble;
        return new CompiledTrees(ensemble.Trees.ToList(), ensemble.TreeWeights, ensemble.Bias, binary.Model.Calibrator.Slope, binary.Model.Calibrator.Offset);
    }

    /// <summary>
    /// Writes the trees: a header (magic, format version, feature count, tree, split and leaf counts), the bias and
    /// the Platt slope and offset, then the flat arrays. Read back by <see cref="Load"/> without ML.NET, which saves
    /// the quarter of a second ML.NET takes to load a model at start-up.
    /// </summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureSchema.Count);
        writer.Write(_treeRoots.Length);
        writer.Write(_splits.Length);
        writer.Write(_weightedLeaves.Length);
        writer.Write(_bias);
        writer.Write(_slope);
        writer.Write(_offset);
        for (var t = 0; t < _treeRoots.Length; t++)
        {
            writer.Write(_treeRoots[t]);
            writer.Write(_leafStart[t]);
        }

        foreach (var split in _splits)
        {
            writer.Write(split.Feature);
            writer.Write(split.Threshold);
            writer.Write(split.Left);
            writer.Write(split.Right);
        }

        foreach (var leaf in _weightedLeaves)
        {
            writer.Write(leaf);
        }
    }

    /// <summary>Reads trees written by <see cref="Save"/>; refuses another format, another feature count or a damaged file.</summary>
    /// <exception cref="InvalidDataException">The stream holds no trees this engine can read; the message names <paramref name="name"/>.</exception>
    public static CompiledTrees Load(Stream stream, string name)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{name} is not a speaker model's trees file of this version; retrain with 'kutip train'.");
            }

            var features = reader.ReadInt32();
            if (features != FeatureSchema.Count)
            {
                throw new InvalidDataException($"{name} reads {features} features, but this engine computes {FeatureSchema.Count}; retrain with 'kutip train'.");
            }

            var (trees, splitCount, leafCount) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            if (trees < 0 || splitCount < 0 || leafCount < 0 || trees > 100_000 || splitCount > 10_000_000 || leafCount > 10_000_000)
            {
                throw new InvalidDataException($"{name} is damaged: {trees} trees, {splitCount} splits, {leafCount} leaves.");
            }

            var (bias, slope, offset) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            var roots = new int[trees];
            var leafStart = new int[trees];
            for (var t = 0; t < trees; t++)
            {
                roots[t] = reader.ReadInt32();
                leafStart[t] = reader.ReadInt32();
            }

            var splits = new Split[splitCount];
            for (var i = 0; i < splitCount; i++)
            {
                splits[i] = new Split(reader.ReadInt32(), reader.ReadSingle(), reader.ReadInt32(), reader.ReadInt32());
                if (splits[i].Feature < 0 || splits[i].Feature >= features)
                {
                    throw new InvalidDataException($"{name} is damaged: split {i} reads feature {splits[i].Feature}.");
                }
            }

            var leaves = new double[leafCount];
            for (var i = 0; i < leafCount; i++)
            {
                leaves[i] = reader.ReadDouble();
            }

            return new CompiledTrees(roots, splits, leafStart, leaves, bias, slope, offset);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name} is truncated.");
        }
    }

    /// <summary>The calibrated probability that the candidate with these features is the speaker.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var score = _bias;
        var splits = _splits;
        for (var t = 0; t < _treeRoots.Length; t++)
        {
            var root = _treeRoots[t];
            var node = 0;
            while (node >= 0)
            {
                ref readonly var split = ref splits[root + node];
                node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }

            score += _weightedLeaves[_leafStart[t] + ~node];
        }

        return (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));
    }

    /// <summary>One internal node: go left when the feature is at most the threshold; a negative child is <c>~leaf</c>.</summary>
    private readonly record struct Split(int Feature, float Threshold, int Left, int Right);
}
