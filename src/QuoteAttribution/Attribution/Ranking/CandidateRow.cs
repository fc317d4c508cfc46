using Microsoft.ML.Data;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>One (quote, candidate speaker) pair as ML.NET reads it.</summary>
internal sealed class CandidateRow
{
    /// <summary>Vector width; must equal <see cref="FeatureSchema.Count"/> (checked by a test).</summary>
    public const int Width = 57;

    /// <summary>True when the candidate is the quote's speaker (training only).</summary>
    public bool Label { get; set; }

    [VectorType(Width)]
    public float[] Features { get; set; } = new float[Width];
}
