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
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly double[] _leafValues;
    private readonly int[] _leafStart;
    private readonly double[] _weights;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private CompiledTrees(List<RegressionTree> trees, IReadOnlyList<double> weights, double bias, double slope, double offset)
    {
        _treeRoots = new int[trees.Count];
        _leafStart = new int[trees.Count];
        var left = new List<int>();
        var right = new List<int>();
        var feature = new List<int>();
        var threshold = new List<float>();
        var leaves = new List<double>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new NotSupportedException("The speaker model has categorical splits, which the compiled evaluator does not read.");
            }

            _treeRoots[t] = left.Count;
            _leafStart[t] = leaves.Count;
            left.AddRange(tree.LeftChild);
            right.AddRange(tree.RightChild);
            feature.AddRange(tree.NumericalSplitFeatureIndexes);
            threshold.AddRange(tree.NumericalSplitThresholds);
            leaves.AddRange(tree.LeafValues);
        }

        (_left, _right, _feature, _threshold, _leafValues) = (left.ToArray(), right.ToArray(), feature.ToArray(), threshold.ToArray(), leaves.ToArray());
        _weights = weights.ToArray();
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
        for (var t = 0; t < _treeRoots.Length; t++)
        {
            var root = _treeRoots[t];
            var node = 0;
            while (node >= 0)
            {
                var at = root + node;
                node = features[_feature[at]] <= _threshold[at] ? _left[at] : _right[at];
            }

            score += _weights[t] * _leafValues[_leafStart[t] + ~node];
        }

        return (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));
    }
}
