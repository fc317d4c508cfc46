using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>Everything the sieves read about one article, and the decisions made so far.</summary>
internal sealed class AttributionContext
{
    private readonly Mention?[] _sources;
    private readonly Speaker?[] _entitySpeakers;
    private int[]? _firstMentionRank;
    private (Mention, int)[]? _speakerMentions;
    private readonly Dictionary<Mention, Speaker> _groupSpeakers = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _sourceFound;

    public AttributionContext(Document document, LexiconSet lexicons, List<Mention> mentions, List<Entity> entities, List<QuoteCandidate> quotes)
    {
        Document = document;
        Lexicons = lexicons;
        _sources = new Mention?[quotes.Count];
        _sourceFound = new bool[quotes.Count];
        _entitySpeakers = new Speaker?[entities.Count];
        Mentions = mentions;
        Entities = entities;
        Quotes = quotes;
        Decisions = new Attribution?[quotes.Count];
    }

    public Document Document { get; }

    public LexiconSet Lexicons { get; }

    public List<Mention> Mentions { get; }

    public List<Entity> Entities { get; }

    /// <summary>The quotes in text order.</summary>
    public List<QuoteCandidate> Quotes { get; }

    /// <summary>The decision for each quote, null while no sieve has decided.</summary>
    public Attribution?[] Decisions { get; }

    /// <summary>The source mention of quote <paramref name="index"/> (see <see cref="SourceMentions"/>), looked up once.</summary>
    public Mention? SourceOf(int index)
    {
        if (!_sourceFound[index])
        {
            _sources[index] = SourceMentions.Find(this, Quotes[index]);
            _sourceFound[index] = true;
        }

        return _sources[index];
    }

    public int ParagraphOf(int token) => Document.ParagraphOfToken[Math.Clamp(token, 0, Document.Tokens.Length - 1)];

    /// <summary>The speaker an entity or a mention stands for.</summary>
    public Speaker SpeakerOf(Entity entity) =>
        _entitySpeakers[entity.Id] ??= new Speaker(entity.Canonical, entity.Type, entity.Aliases(), entity.Roles.ToArray(), entity.Id);

    /// <summary>The mentions that can be speakers (names, organisations, collectives outside quotations), with their paragraphs.</summary>
    public IReadOnlyList<(Mention Mention, int Paragraph)> SpeakerMentions => _speakerMentions ??= FindSpeakerMentions();

    /// <summary>
    /// The entity's rank by first appearance in the article (0 = first named), or
    /// <paramref name="unranked"/> when it has no mention.
    /// </summary>
    public int FirstMentionRank(Entity entity, int unranked)
    {
        _firstMentionRank ??= RankByFirstMention();
        var rank = _firstMentionRank[entity.Id];
        return rank < 0 ? unranked : rank;
    }

    private (Mention, int)[] FindSpeakerMentions()
    {
        var found = new List<(Mention, int)>();
        foreach (var m in Mentions)
        {
            if (!m.InsideQuote && (m.Kind is MentionKind.Name or MentionKind.Organization && m.Entity >= 0 || m.Kind == MentionKind.Group))
            {
                found.Add((m, ParagraphOf(m.FirstToken)));
            }
        }

        return found.ToArray();
    }

    /// <summary>Each entity's rank by its first mention, ties in entity order; -1 for an entity never mentioned.</summary>
    private int[] RankByFirstMention()
    {
        var ranks = new int[Entities.Count];
        Array.Fill(ranks, -1);
        var firsts = new List<(int Token, int Id)>(Entities.Count);
        foreach (var entity in Entities)
        {
            if (entity.Mentions.Count > 0)
            {
                firsts.Add((Mentions[entity.Mentions[0]].FirstToken, entity.Id));
            }
        }

        firsts.Sort();
        for (var rank = 0; rank < firsts.Count; rank++)
        {
            ranks[firsts[rank].Id] = rank;
        }

        return ranks;
    }

    public Speaker? SpeakerOf(Mention mention) => mention.Kind switch
    {
        MentionKind.Name or MentionKind.Organization when mention.Entity >= 0 => SpeakerOf(Entities[mention.Entity]),
        MentionKind.Group => _groupSpeakers.TryGetValue(mention, out var group) ? group
            : _groupSpeakers[mention] = new Speaker(mention.Name, mention.SpeakerType, [], [], -1),
        _ => null,
    };

    /// <summary>The most recent person named (outside quotations) before <paramref name="token"/>, or null.</summary>
    public Mention? LastPersonBefore(int token, int minToken = 0, bool personLikeOnly = false)
    {
        for (var m = Mentions.Count - 1; m >= 0; m--)
        {
            var mention = Mentions[m];
            if (mention.FirstToken >= token || mention.InsideQuote)
            {
                continue;
            }

            if (mention.FirstToken < minToken)
            {
                return null;
            }

            if (mention.Kind == MentionKind.Name && (!personLikeOnly || IsPersonLike(mention)))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a name surely names a person: it came with a title or role, has two or more words, or its
    /// entity was named so elsewhere in the article. A lone capitalised word may be a place or a brand.
    /// </summary>
    public bool IsPersonLike(Mention mention)
    {
        if (mention.Role is not null || mention.Name.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        if (mention.Entity < 0)
        {
            return false;
        }

        var entity = Entities[mention.Entity];
        return entity.Roles.Count > 0 || entity.Canonical.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>The latest decided quote before quote <paramref name="index"/> that has a speaker, or -1.</summary>
    public int PreviousAttributed(int index)
    {
        for (var q = index - 1; q >= 0; q--)
        {
            if (Decisions[q]?.Speaker is not null)
            {
                return q;
            }
        }

        return -1;
    }

    public int NextAttributed(int index)
    {
        for (var q = index + 1; q < Quotes.Count; q++)
        {
            if (Decisions[q]?.Speaker is not null)
            {
                return q;
            }
        }

        return -1;
    }
}
