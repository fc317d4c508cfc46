namespace QuoteAttribution.Claims;

/// <summary>
/// Collects analysed articles and builds their <see cref="ClaimGraph"/>: one speaker node per person or
/// organisation across articles (<see cref="SpeakerMerging"/>, the rule of the claim store too), one claim node per distinct claim with an
/// appearance per quote (<see cref="ClaimText"/>), first appearance by date. An article id seen twice is kept once.
/// Not thread-safe.
/// </summary>
public sealed class ClaimGraphBuilder
{
    // A word this common is no help in finding near-equal claims.
    private const int MaxPostings = 400;

    private readonly List<(ClaimArticle Article, ArticleAnalysis Analysis)> _articles = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Adds one analysed article.</summary>
    /// <returns>False when an article with the same id was already added (this one is ignored).</returns>
    public bool Add(ClaimArticle article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!_ids.Add(article.Id))
        {
            return false;
        }

        _articles.Add((article, analysis));
        return true;
    }

    /// <summary>Builds the graph of everything added so far.</summary>
    public ClaimGraph Build()
    {
        var ordered = _articles.OrderBy(a => a.Article, Comparer<ClaimArticle>.Create(ClaimArticle.CompareByDate)).ToList();
        var speakers = ResolveSpeakers(ordered);
        var claims = GroupClaims(ordered, speakers.ByQuote);
        var (entities, mentions) = FindMentions(claims, speakers.Nodes);

        var built = new List<AttributedClaim>(claims.Count);
        var edges = new List<ClaimEdge>();
        for (var i = 0; i < claims.Count; i++)
        {
            var appearances = claims[i];
            var id = $"claim:{i + 1}";
            var speakerIds = appearances.Select(a => a.SpeakerId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            built.Add(new AttributedClaim(id, appearances[0].Quote.Content, appearances, speakerIds, mentions[i]));
            edges.AddRange(speakerIds.Select(s => new ClaimEdge(ClaimEdgeKind.Said, s, id)));
            edges.AddRange(appearances.Select(a => new ClaimEdge(ClaimEdgeKind.AppearsIn, id, ClaimGraph.ArticleNodeId(a.ArticleId), a.Quote.Cue)));
            edges.AddRange(mentions[i].Select(m => new ClaimEdge(ClaimEdgeKind.Mentions, id, m)));
        }

        foreach (var speaker in speakers.Nodes.Where(s => s.NamesByArticle.Count > 1))
        {
            edges.AddRange(speaker.NamesByArticle.Select(n => new ClaimEdge(ClaimEdgeKind.SameAs, speaker.Id, ClaimGraph.ArticleNodeId(n.Key), n.Value)));
        }

        return new ClaimGraph(ordered.Select(a => a.Article).ToArray(), speakers.Nodes, built, entities, edges);
    }

    // One record per speaker of each article (by kind and name), merged by the rule the claim store uses too; nodes
    // are numbered and absorb their quotes full names first, so a surname alone never names a node its full name has.
    private static (List<ClaimSpeaker> Nodes, Dictionary<AttributedQuote, ClaimSpeaker> ByQuote) ResolveSpeakers(
        List<(ClaimArticle Article, ArticleAnalysis Analysis)> articles)
    {
        var records = new List<NamedSpeaker>();
        var recordOfQuote = new Dictionary<AttributedQuote, int>(ReferenceEqualityComparer.Instance);
        foreach (var (_, analysis) in articles)
        {
            var local = new Dictionary<string, (int Record, List<string> Aliases)>(StringComparer.Ordinal);
            foreach (var quote in analysis.Quotes)
            {
                if (quote.Speaker is not { } name)
                {
                    continue;
                }

                var localKey = $"{quote.SpeakerType}|{name}";
                if (!local.TryGetValue(localKey, out var speaker))
                {
                    local[localKey] = speaker = (records.Count, []);
                    records.Add(new NamedSpeaker(name, quote.SpeakerType, speaker.Aliases));
                }

                foreach (var alias in quote.Aliases)
                {
                    if (!speaker.Aliases.Contains(alias, StringComparer.Ordinal))
                    {
                        speaker.Aliases.Add(alias);
                    }
                }

                recordOfQuote[quote] = speaker.Record;
            }
        }

        var clusters = SpeakerMerging.Merge(records);
        var nodes = new List<ClaimSpeaker>(clusters.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            var canonical = records[clusters.Canonical(c)];
            nodes.Add(new ClaimSpeaker($"speaker:{c + 1}", canonical.Name, canonical.Type));
        }

        var byQuote = new Dictionary<AttributedQuote, ClaimSpeaker>(ReferenceEqualityComparer.Instance);
        foreach (var multiWordPass in new[] { true, false })
        {
            foreach (var (article, analysis) in articles)
            {
                foreach (var quote in analysis.Quotes)
                {
                    if (quote.Speaker is not { } name || TextFolding.Key(name).Contains(' ', StringComparison.Ordinal) != multiWordPass)
                    {
                        continue;
                    }

                    var node = nodes[clusters.ClusterOf(recordOfQuote[quote])];
                    node.Absorb(article.Id, quote);
                    byQuote[quote] = node;
                }
            }
        }

        return (nodes, byQuote);
    }

    private static List<List<ClaimAppearance>> GroupClaims(
        List<(ClaimArticle Article, ArticleAnalysis Analysis)> articles,
        Dictionary<AttributedQuote, ClaimSpeaker> speakers)
    {
        var claims = new List<List<ClaimAppearance>>();
        var words = new List<IReadOnlyList<string>>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (article, analysis) in articles)
        {
            foreach (var quote in analysis.Quotes)
            {
                var appearance = new ClaimAppearance(article.Id, quote, speakers.GetValueOrDefault(quote)?.Id);
                var quoteWords = TextFolding.Words(quote.Content);
                var key = string.Join(' ', quoteWords);
                if (!byKey.TryGetValue(key, out var index))
                {
                    index = FindNearEqual(quoteWords, words, postings);
                }

                if (index < 0)
                {
                    index = claims.Count;
                    claims.Add([]);
                    words.Add(quoteWords);
                    foreach (var word in quoteWords.Distinct(StringComparer.Ordinal))
                    {
                        if (!postings.TryGetValue(word, out var list))
                        {
                            postings[word] = list = [];
                        }

                        list.Add(index);
                    }
                }

                byKey.TryAdd(key, index);
                claims[index].Add(appearance);
            }
        }

        return claims;
    }

    private static int FindNearEqual(IReadOnlyList<string> quoteWords, List<IReadOnlyList<string>> words, Dictionary<string, List<int>> postings)
    {
        if (quoteWords.Count < ClaimText.MinimumWordsForNearEqual)
        {
            return -1;
        }

        var candidates = new Dictionary<int, int>();
        foreach (var word in quoteWords.Distinct(StringComparer.Ordinal))
        {
            if (postings.TryGetValue(word, out var list) && list.Count <= MaxPostings)
            {
                foreach (var index in list)
                {
                    candidates[index] = candidates.GetValueOrDefault(index) + 1;
                }
            }
        }

        foreach (var (index, _) in candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(20))
        {
            if (ClaimText.AreSame(quoteWords, words[index]))
            {
                return index;
            }
        }

        return -1;
    }

    private static (List<ClaimEntity> Entities, List<string[]> Mentions) FindMentions(List<List<ClaimAppearance>> claims, List<ClaimSpeaker> speakers)
    {
        var speakerByName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var speaker in speakers)
        {
            foreach (var name in speaker.Aliases.Prepend(speaker.Name))
            {
                var key = TextFolding.Key(name);
                // A name two speakers share names neither.
                speakerByName[key] = speakerByName.TryGetValue(key, out var other) && other != speaker.Id ? null : speaker.Id;
            }
        }

        var entities = new List<ClaimEntity>();
        var entityByKey = new Dictionary<string, ClaimEntity>(StringComparer.Ordinal);
        var mentions = new List<string[]>(claims.Count);
        foreach (var claim in claims)
        {
            var ids = new List<string>();
            foreach (var name in MentionedNames.Find(claim[0].Quote.Content))
            {
                var key = TextFolding.Key(name);
                if (speakerByName.TryGetValue(key, out var speakerId) && speakerId is not null)
                {
                    ids.Add(speakerId);
                    continue;
                }

                if (!entityByKey.TryGetValue(key, out var entity))
                {
                    entity = new ClaimEntity($"entity:{entities.Count + 1}", name);
                    entities.Add(entity);
                    entityByKey[key] = entity;
                }

                ids.Add(entity.Id);
            }

            mentions.Add(ids.Distinct(StringComparer.Ordinal).ToArray());
        }

        return (entities, mentions);
    }
}
