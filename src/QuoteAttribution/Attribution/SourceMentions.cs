using QuoteAttribution.Mentions;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>Picks the mention that is a quote's source within the region its cue pattern points at.</summary>
internal static class SourceMentions
{
    /// <summary>
    /// The source mention of <paramref name="quote"/>, or null. After a cue the first name wins
    /// (<c>kata pengamat ekonomi Budi</c> → Budi). Before a cue the subject wins: the comma-separated
    /// chunks are read from the cue backwards and the first mention of the nearest chunk that has one
    /// is taken (<c>Kapolda, Irjen Budi, mengatakan</c> → Budi).
    /// </summary>
    public static Mention? Find(AttributionContext context, QuoteCandidate quote)
    {
        var (first, end) = quote.SourceRegion;
        if (first < 0 || end <= first)
        {
            return null;
        }

        var doc = context.Document;
        if (quote.SourceIsSubject && DescriptiveAnaphor(context, first, end) is { } anaphor)
        {
            return anaphor;
        }

        if (!quote.SourceIsSubject && DescriptionAfterCue(context, first, end) is { } described)
        {
            return described;
        }

        var inRegion = context.Mentions.Where(m => m.FirstToken >= first && m.EndToken <= end && !m.InsideQuote).ToList();
        if (inRegion.Count == 0)
        {
            return null;
        }

        if (!quote.SourceIsSubject)
        {
            // "kata Kapolres Kendal, AKBP Budi": after a role and a comma, the name there is the source.
            var lastComma = first;
            for (var k = first; k < end; k++)
            {
                if (Clauses.IsPunct(doc, k, ','))
                {
                    lastComma = k + 1;
                }
            }

            // After a collective ("kata seorang warga Cisewu") only a real person's name is the source.
            var afterGroup = inRegion[0].Kind == MentionKind.Group;
            bool IsName(Mention m) => m.Kind == MentionKind.Name && (!afterGroup || context.IsPersonLike(m));
            // "kata kuasa hukum Rayen, Jajang": a name right after the comma is the apposition, even a lone first name.
            var apposed = lastComma > first ? inRegion.FirstOrDefault(m => m.Kind == MentionKind.Name && m.FirstToken == lastComma) : null;
            return apposed
                ?? inRegion.FirstOrDefault(m => IsName(m) && m.FirstToken >= lastComma)
                ?? inRegion.FirstOrDefault(IsName)
                ?? inRegion[0];
        }

        var chunkEnd = end;
        Mention? placeLike = null;
        for (var k = end - 1; k >= first - 1; k--)
        {
            if (k >= first && !Clauses.IsPunct(doc, k, ','))
            {
                continue;
            }

            var chunkStart = k + 1;
            var inChunk = inRegion.Where(m => m.FirstToken >= chunkStart && m.EndToken <= chunkEnd).ToList();
            if (inChunk.Count == 1 && inChunk[0].Kind == MentionKind.Name && !context.IsPersonLike(inChunk[0]) && AfterRegion(context, k))
            {
                // "…, Kecamatan Peterongan, Jombang, mengaku": a lone word after a region is the next place of the
                // address, not a person; the subject stands further back.
                placeLike ??= inChunk[0];
                chunkEnd = k;
                continue;
            }

            // "Carlo Alberto De Casa, chief analyst ActivTrades memperkirakan": a lower-case description after
            // a name and a comma is the name's apposition; the name is the subject.
            if (k >= first && chunkStart < end && doc.Tokens[chunkStart].Kind == TokenKind.Word && !doc.Tokens[chunkStart].Has(TokenFlags.Capitalized)
                && inRegion.LastOrDefault(m => m.EndToken == k) is { Kind: MentionKind.Name } appositive
                && (appositive.FirstToken == first || Clauses.IsPunct(doc, appositive.FirstToken - 1, ',')))
            {
                return appositive;
            }

            if (inChunk.Count > 0)
            {
                var head = inChunk[0];
                if (head.Kind is MentionKind.Group or MentionKind.Title)
                {
                    // "Pakar keamanan siber Alfons Hendrawan mengatakan": the name after the role is the subject;
                    // after a collective only a real person's name ("seorang warga Cisewu" is the warga).
                    var group = head;
                    head = inChunk.FirstOrDefault(m => m.Kind == MentionKind.Name && m.FirstToken >= group.FirstToken
                        && (group.Kind == MentionKind.Title || context.IsPersonLike(m))) ?? head;
                }

                // "Aris, seorang pedagang buah, mengaku": the description is an apposition of the name before it.
                if (head.Kind == MentionKind.Group && k > first && inRegion.LastOrDefault(m => m.EndToken == k) is { Kind: MentionKind.Name } named
                    && (named.FirstToken == first || Clauses.IsPunct(doc, named.FirstToken - 1, ',')))
                {
                    return named;
                }

                return head;
            }

            chunkEnd = k;
        }

        return placeLike ?? inRegion[^1];
    }

    private static readonly string[] Adverbs = ["juga", "pun", "pula", "lantas", "kemudian", "lalu", "kembali", "sempat", "pun", "bahkan", "sendiri"];

    /// <summary>
    /// "Pria yang juga menjabat Sekjen KOI itu mengatakan", "Wakil Presiden Inter Milan itu juga menegaskan": a
    /// description closed by <c>itu</c>/<c>tersebut</c> as the subject refers back, like a pronoun, to a person
    /// named before. Returned as a pronoun mention spanning the description.
    /// </summary>
    private static Mention? DescriptiveAnaphor(AttributionContext context, int first, int cue)
    {
        var doc = context.Document;
        var k = cue - 1;
        while (k > first && Adverbs.Any(a => doc.Word(k).Equals(a, StringComparison.OrdinalIgnoreCase)))
        {
            k--;
        }

        if (k <= first || !IsDemonstrative(doc, k))
        {
            return null;
        }

        var start = k - 1;
        while (start > first && !Clauses.IsPunct(doc, start - 1, ','))
        {
            start--;
        }

        // A name heading the phrase makes it a named subject ("Budi itu …" is rare, "Budi, pria itu, …" is not this).
        if (context.Mentions.Any(m => m.FirstToken == start && m.Kind == MentionKind.Name) || k - start > 14)
        {
            return null;
        }

        var span = new TextSpan(doc.Tokens[start].Start, doc.Tokens[k].End);
        return new Mention(start, k + 1, MentionKind.Pronoun, span, span.Of(doc.Text), null, start, SpeakerType.Person);
    }

    /// <summary>
    /// "kata mantan pelatih Persema itu", "ujar Ketua BEM UGM periode 2020-2021 ini": after the cue, a description
    /// closed by a demonstrative refers back to a person named before, like a pronoun; the name or organisation inside
    /// it (<c>Persema</c>) only qualifies it. Returned as a pronoun mention spanning the description. A phrase headed by
    /// a name (<c>kata Budi itu</c>) or a lone title (<c>kata Kapolres itu</c>, which the cue-source sieve ties to a
    /// name carrying that role) is left alone.
    /// </summary>
    private static Mention? DescriptionAfterCue(AttributionContext context, int first, int end)
    {
        const int MaxWords = 14;
        var doc = context.Document;
        var k = first + 1;
        while (k < end && k - first <= MaxWords && !IsDemonstrative(doc, k) && !Clauses.IsPunct(doc, k, '.'))
        {
            k++;
        }

        if (k >= end || k - first > MaxWords || !IsDemonstrative(doc, k))
        {
            return null;
        }

        if (context.Mentions.Any(m => m.FirstToken == first && (m.Kind is MentionKind.Name or MentionKind.Pronoun || m.Kind == MentionKind.Title && m.EndToken >= k)))
        {
            return null;
        }

        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[k].End);
        return new Mention(first, k + 1, MentionKind.Pronoun, span, span.Of(doc.Text), null, first, SpeakerType.Person);
    }

    /// <summary>
    /// <c>itu</c> and <c>tersebut</c> close a description; so does <c>ini</c> after a capitalised word or a number
    /// (<c>Politikus Partai Gerindra ini</c>, <c>periode 2020-2021 ini</c>), not after a common word, where it
    /// mostly tells the time (<c>hari ini</c>, <c>saat ini</c>).
    /// </summary>
    private static bool IsDemonstrative(Document doc, int k) =>
        Clauses.IsWord(doc, k, "itu") || Clauses.IsWord(doc, k, "tersebut")
        || Clauses.IsWord(doc, k, "ini") && k > 0
            && (doc.Tokens[k - 1].Kind == TokenKind.Number || doc.Tokens[k - 1].Kind == TokenKind.Word && doc.Tokens[k - 1].Has(TokenFlags.Capitalized));

    /// <summary>True when the chunk before the comma at <paramref name="comma"/> names a region (<c>Kecamatan Peterongan</c>).</summary>
    private static bool AfterRegion(AttributionContext context, int comma)
    {
        var doc = context.Document;
        var start = comma - 1;
        while (start > 0 && !Clauses.IsPunct(doc, start - 1, ',') && comma - start < 6)
        {
            start--;
        }

        return comma > 0 && context.Lexicons.RegionHeads.Contains(doc.Word(start));
    }
}
