using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The trained model's own parameters — its regression trees and Platt calibration, read out of the
/// ML.NET model — evaluated in a tight loop over flat arrays: the same probabilities as ML.NET's
/// prediction engine (a test holds the two together), without its per-row overhead.
/// </summary>
internal sealed class CompiledTrees
{
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
