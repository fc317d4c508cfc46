using Microsoft.ML;
using Microsoft.ML.Data;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The speaker model as ML.NET loads it: the transformer, one prediction engine per thread, and the trees read out
/// of it. Kept apart from <see cref="SpeakerModel"/> so that ML.NET is loaded only when something asks for it.
/// </summary>
internal sealed class MlNetSpeakerModel : IDisposable
{
    private readonly ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>> _engines;

    private MlNetSpeakerModel(MLContext context, ITransformer transformer)
    {
        Trees = CompiledTrees.From(transformer);
        _engines = new ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>>(
            () => context.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(transformer));
    }

    /// <summary>The trees read out of the transformer.</summary>
    public CompiledTrees Trees { get; }

    /// <summary>Loads the model from <paramref name="model"/> (which it disposes).</summary>
    public static MlNetSpeakerModel Load(Stream model, int seed)
    {
        using (model)
        {
            var context = new MLContext(seed: seed);
            var transformer = context.Model.Load(model, out _);
            return new MlNetSpeakerModel(context, transformer);
        }
    }

    /// <summary>The probability ML.NET's prediction engine gives a candidate.</summary>
    public float Probability(float[] features) => _engines.Value!.Predict(new CandidateRow { Features = features }).Probability;

    public void Dispose() => _engines.Dispose();
}
