namespace QuoteAttribution.Claims;

/// <summary>
/// The speakers that <see cref="SpeakerMerging.Merge"/> found: which cluster each article's speaker belongs to,
/// and the speaker whose name each cluster takes. Clusters are numbered 0, 1, … in the order of the speakers given
/// (those with a name of two words or more first), so the numbers depend only on that order.
/// </summary>
public sealed class SpeakerClusters
{
    private readonly int[] _clusterOf;
    private readonly int[] _canonical;

    internal SpeakerClusters(int[] clusterOf, int[] canonical)
    {
        _clusterOf = clusterOf;
        _canonical = canonical;
    }

    /// <summary>The number of clusters: distinct speakers.</summary>
    public int Count => _canonical.Length;

    /// <summary>The cluster of speaker <paramref name="speaker"/> (an index into the list merged).</summary>
    public int ClusterOf(int speaker) => _clusterOf[speaker];

    /// <summary>The speaker (an index into the list merged) whose name and kind cluster <paramref name="cluster"/> takes.</summary>
    public int Canonical(int cluster) => _canonical[cluster];
}
