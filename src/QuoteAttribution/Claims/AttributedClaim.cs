namespace QuoteAttribution.Claims;

/// <summary>
/// A claim node: one distinct thing said (equal or near-equal quote contents across articles, see
/// <see cref="ClaimText"/>), with every appearance, first appearance first (by article date).
/// </summary>
public sealed class AttributedClaim
{
    internal AttributedClaim(string id, string content, IReadOnlyList<ClaimAppearance> appearances, IReadOnlyList<string> speakerIds, IReadOnlyList<string> mentionIds)
    {
        Id = id;
        Content = content;
        Appearances = appearances;
        SpeakerIds = speakerIds;
        MentionIds = mentionIds;
    }

    /// <summary>The node id (<c>claim:1</c>).</summary>
    public string Id { get; }

    /// <summary>The content as it first appeared.</summary>
    public string Content { get; }

    /// <summary>Every occurrence, ordered by article date (undated last), then article id.</summary>
    public IReadOnlyList<ClaimAppearance> Appearances { get; }

    /// <summary>The earliest appearance.</summary>
    public ClaimAppearance FirstAppearance => Appearances[0];

    /// <summary>Direct, indirect or mixed, as first quoted.</summary>
    public QuoteType Type => FirstAppearance.Quote.Type;

    /// <summary>The highest confidence among the appearances' attributions.</summary>
    public double Confidence => Appearances.Max(a => a.Quote.Confidence);

    /// <summary>The speaker nodes that said it (usually one).</summary>
    public IReadOnlyList<string> SpeakerIds { get; }

    /// <summary>The nodes (entities or speakers) whose names the content mentions.</summary>
    public IReadOnlyList<string> MentionIds { get; }

    /// <summary>One line for people: <c>claim:1 · direct · 2 appearances · first banjir-bekasi · “…”</c>.</summary>
    public override string ToString()
    {
        var appearances = Appearances.Count == 1 ? "1 appearance" : $"{Appearances.Count} appearances";
        return $"{Id} · {Corpus.RecordSchema.Name(Type)} · {appearances} · first {FirstAppearance.ArticleId} · “{Content}”";
    }
}
