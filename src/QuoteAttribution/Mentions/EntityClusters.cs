namespace QuoteAttribution.Mentions;

/// <summary>
/// Groups an article's name mentions into entities: a shorter form joins the most recent entity whose
/// fullest name contains all its words (<c>Pavel</c>, <c>Durov</c> → <c>Pavel Durov</c>); titles and roles
/// are kept as attributes, never as part of the name. Organisations join on their exact name.
/// </summary>
internal static class EntityClusters
{
    public static List<Entity> Build(List<Mention> mentions, Lexicons.CorpusVocabulary vocabulary)
    {
        TrimNamesByShortForms(mentions);
        var entities = new List<Entity>();
        var organizations = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        var peopleByWord = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
        var sharing = new List<Entity>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind is not (MentionKind.Name or MentionKind.Organization))
            {
                continue;
            }

            var entity = (mention.Kind == MentionKind.Name ? FindPerson(peopleByWord, mention.Name, sharing) : FindOrganization(organizations, mention.Name))
                ?? FindPersonByInitials(entities, mention.Name, vocabulary);
            if (entity is null)
            {
                entity = new Entity(entities.Count, mention.SpeakerType, mention.Name, vocabulary);
                entities.Add(entity);
            }
            else
            {
                entity.AddForm(mention.Name);
            }

            if (mention.Kind == MentionKind.Name)
            {
                foreach (var word in entity.CanonicalWords)
                {
                    if (!peopleByWord.TryGetValue(word, out var list))
                    {
                        peopleByWord[word] = list = [];
                    }

                    if (!list.Contains(entity))
                    {
                        list.Add(entity);
                    }
                }
            }
            else
            {
                organizations.TryAdd(mention.Name, entity);
            }

            entity.AddRole(mention.Role);
            entity.Mentions.Add(m);
            mention.Entity = entity.Id;
        }

        return entities;
    }

    /// <summary>
    /// "Bank Mandiri Zedo Faly" introduced once and "Zedo" used later: the name starts at "Zedo". A long
    /// name is cut where a short form used elsewhere in the article begins.
    /// </summary>
    private static void TrimNamesByShortForms(List<Mention> mentions)
    {
        HashSet<string>? shortFirstWords = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Name && !mention.Name.Contains(' ', StringComparison.Ordinal))
            {
                (shortFirstWords ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(mention.Name);
            }
        }

        if (shortFirstWords is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];

            // Only long names get cut: a three-word name whose later short form is its middle or last word
            // ("Sugeng Haryanto Wibisono" … "Haryanto") is a real name, not a role glued to a name.
            if (mention.Kind != MentionKind.Name || mention.Name.AsSpan().Count(' ') < 3)
            {
                continue;
            }

            var words = mention.Name.Split(' ');
            for (var w = 1; w < words.Length; w++)
            {
                if (shortFirstWords.Contains(words[w]) && !shortFirstWords.Contains(words[0]))
                {
                    var dropped = string.Join(' ', words[..w]);
                    mentions[i] = mention with
                    {
                        Name = string.Join(' ', words[w..]),
                        Role = mention.Role is null ? dropped : mention.Role + " " + dropped,
                        NameFirstToken = mention.NameFirstToken + w,
                    };
                    break;
                }
            }
        }
    }

    /// <summary>The person entity a name form belongs to, or null; <paramref name="sharing"/> is a scratch list, emptied and reused.</summary>
    private static Entity? FindPerson(Dictionary<string, List<Entity>> peopleByWord, string name, List<Entity> sharing)
    {
        // Among the people a form fits, the most mentioned so far (the article's protagonist: "Marquez" is
        // Marc, not his brother mentioned once), the most recent on a tie. Only people sharing a word can fit.
        if (peopleByWord.Count == 0)
        {
            return null;
        }

        var words = name.Split(' ');
        sharing.Clear();
        foreach (var word in words)
        {
            if (peopleByWord.TryGetValue(word, out var people))
            {
                foreach (var person in people)
                {
                    if (!sharing.Contains(person))
                    {
                        sharing.Add(person);
                    }
                }
            }
        }

        sharing.Sort(static (a, b) => b.Id.CompareTo(a.Id));
        Entity? best = null;
        foreach (var entity in sharing)
        {
            var canonical = entity.CanonicalWords;
            if ((IsSubset(words, canonical) || IsSubset(canonical, words)) && (best is null || entity.Mentions.Count > best.Mentions.Count))
            {
                best = entity;
            }
        }

        return best;
    }

    /// <summary>
    /// "AHY" after "Agus Harimurti Yudhoyono", "RK" after "Ridwan Kamil": a person named by the initials of their
    /// name, the most recent person of the article whose name words start with those letters, in order. A
    /// two-letter form must also be one news never writes as a place nor often closing a run ("RI", "AS", "MK"),
    /// which are a country or an institution.
    /// </summary>
    private static Entity? FindPersonByInitials(List<Entity> entities, string name, Lexicons.CorpusVocabulary vocabulary)
    {
        if (name.Length is < 2 or > 4 || !IsUpperLetters(name))
        {
            return null;
        }

        if (name.Length == 2 && vocabulary.Of(name) is { } counts && (counts.AfterPlaceWord > 0 || counts.RunLast > Lexicons.WordCounts.Bucket(10)))
        {
            return null;
        }

        for (var e = entities.Count - 1; e >= 0; e--)
        {
            var words = entities[e].CanonicalWords;
            if (entities[e].Type != SpeakerType.Person || words.Length != name.Length)
            {
                continue;
            }

            var fits = true;
            for (var w = 0; w < words.Length && fits; w++)
            {
                fits = words[w].Length > 1 && char.ToUpperInvariant(words[w][0]) == name[w];
            }

            if (fits)
            {
                return entities[e];
            }
        }

        return null;
    }

    private static bool IsUpperLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static Entity? FindOrganization(Dictionary<string, Entity> organizations, string name) =>
        organizations.GetValueOrDefault(name);

    private static bool IsSubset(string[] small, string[] large)
    {
        foreach (var word in small)
        {
            if (!Entity.ContainsIgnoringCase(large, word))
            {
                return false;
            }
        }

        return true;
    }
}
