namespace QuoteAttribution.Claims;

/// <summary>
/// The one rule by which the claim graph (<see cref="ClaimGraphBuilder"/>) and the claim store decide which speakers
/// of different articles are one person or organisation. It looks at the whole set of speakers at once, so the
/// result does not depend on the order in which articles arrive or on how they are split into runs:
/// <list type="bullet">
/// <item>Only named persons and organisations merge (and named speakers of unknown kind, as persons); groups
///   (<c>warga</c>) and unnamed sources never do, and a person never merges with an organisation.</item>
/// <item>Names of two words or more merge when their keys agree (<see cref="NameForms"/>: case, diacritics and
///   punctuation aside, a role word or particle in front left out, <c>Moh.</c> read as <c>M</c>):
///   <c>I Wayan Koster</c> and <c>Wayan Koster</c>, <c>Capres Anies Baswedan</c> and <c>Anies Baswedan</c>.</item>
/// <item>A name that opened with a role joins the speaker whose full name ends it, the role's place or body left
///   out: <c>Gubernur Jawa Timur Khofifah Indar Parawansa</c> and <c>Khofifah Indar Parawansa</c>.</item>
/// <item>A speaker one of whose aliases of two words or more is another speaker's name merges with it.</item>
/// <item>A one-word name joins the speaker of two words or more that carries it as a name or alias when exactly one
///   does (<c>Durov</c> joins <c>Pavel Durov</c>); otherwise one-word names merge only with the same one word, so
///   <c>Budi</c> joins neither <c>Budi Santoso</c> nor <c>Budi Hartono</c>, and those two never merge.</item>
/// <item>Roles never block a merge.</item>
/// </list>
/// </summary>
public static class SpeakerMerging
{
    /// <summary>Merges <paramref name="speakers"/>, given in a fixed order (the store and the graph give articles by date, then id).</summary>
    /// <returns>The clusters; each takes the name of its first speaker in that order with the fewest role words in front.</returns>
    public static SpeakerClusters Merge(IReadOnlyList<NamedSpeaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var count = speakers.Count;
        var keys = new string[count];
        var descriptors = new int[count];
        var merges = new bool[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = NameForms.Key(speakers[i].Name, out descriptors[i]);
            merges[i] = Merges(speakers[i].Type) && keys[i].Length > 0;
        }

        var sets = new DisjointSets(count);
        var fullNames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (merges[i] && NameForms.WordCount(keys[i]) > 1)
            {
                var kindKey = KindKey(speakers[i].Type, keys[i]);
                if (fullNames.TryGetValue(kindKey, out var first))
                {
                    sets.Union(first, i);
                }
                else
                {
                    fullNames[kindKey] = i;
                }
            }
        }

        JoinTitledNames(speakers, keys, descriptors, merges, fullNames, sets);
        for (var i = 0; i < count; i++)
        {
            if (!merges[i])
            {
                continue;
            }

            foreach (var alias in speakers[i].Aliases)
            {
                var aliasKey = NameForms.Key(alias);
                if (NameForms.WordCount(aliasKey) > 1 && fullNames.TryGetValue(KindKey(speakers[i].Type, aliasKey), out var named))
                {
                    sets.Union(i, named);
                }
            }
        }

        JoinOneWordNames(speakers, keys, merges, sets);
        return Number(speakers, descriptors, sets);
    }

    /// <summary>
    /// A name that opened with a role (<c>Gubernur Jawa Timur Khofifah Indar Parawansa</c>) may still hold the role's
    /// place or body once the role word is left out; it joins the speaker whose full name of two words or more ends it
    /// (<c>Khofifah Indar Parawansa</c>). The longest such ending wins, so a name is never cut shorter than needed.
    /// </summary>
    private static void JoinTitledNames(IReadOnlyList<NamedSpeaker> speakers, string[] keys, int[] descriptors, bool[] merges,
        Dictionary<string, int> fullNames, DisjointSets sets)
    {
        for (var i = 0; i < speakers.Count; i++)
        {
            if (!merges[i] || descriptors[i] == 0)
            {
                continue;
            }

            var words = keys[i].Split(' ');
            for (var skip = 1; skip <= words.Length - 2; skip++)
            {
                if (fullNames.TryGetValue(KindKey(speakers[i].Type, string.Join(' ', words, skip, words.Length - skip)), out var named))
                {
                    sets.Union(i, named);
                    break;
                }
            }
        }
    }

    /// <summary>True for the kinds of speaker that can be one speaker across articles: persons and organisations (and named speakers of unknown kind).</summary>
    public static bool Merges(SpeakerType? type) => type is null or SpeakerType.Person or SpeakerType.Organization;

    private static string KindKey(SpeakerType? type, string key) => (type == SpeakerType.Organization ? "o:" : "p:") + key;

    private static void JoinOneWordNames(IReadOnlyList<NamedSpeaker> speakers, string[] keys, bool[] merges, DisjointSets sets)
    {
        // The clusters holding a name of two words or more, as they stand before any one-word name joins them, and
        // the names and aliases each carries.
        var roots = new int[speakers.Count];
        var named = new HashSet<int>();
        for (var i = 0; i < speakers.Count; i++)
        {
            roots[i] = sets.Find(i);
            if (merges[i] && NameForms.WordCount(keys[i]) > 1)
            {
                named.Add(roots[i]);
            }
        }

        var carriers = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < speakers.Count; i++)
        {
            if (!merges[i] || !named.Contains(roots[i]))
            {
                continue;
            }

            foreach (var form in speakers[i].Aliases.Select(NameForms.Key).Prepend(keys[i]))
            {
                var kindKey = KindKey(speakers[i].Type, form);
                if (!carriers.TryGetValue(kindKey, out var carrying))
                {
                    carriers[kindKey] = carrying = [];
                }

                carrying.Add(roots[i]);
            }
        }

        var alone = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < speakers.Count; i++)
        {
            if (!merges[i] || named.Contains(roots[i]))
            {
                continue;
            }

            var kindKey = KindKey(speakers[i].Type, keys[i]);
            if (carriers.TryGetValue(kindKey, out var carrying) && carrying.Count == 1)
            {
                sets.Union(i, carrying.First());
            }
            else if (alone.TryGetValue(kindKey, out var first))
            {
                sets.Union(first, i);
            }
            else
            {
                alone[kindKey] = i;
            }
        }
    }

    // Clusters are numbered by their first speaker, those with a name of two words or more taken first.
    private static SpeakerClusters Number(IReadOnlyList<NamedSpeaker> speakers, int[] descriptors, DisjointSets sets)
    {
        var order = Enumerable.Range(0, speakers.Count)
            .OrderBy(i => NameForms.WordCount(TextFolding.Key(speakers[i].Name)) > 1 ? 0 : 1)
            .ThenBy(i => i)
            .ToArray();
        var numberOfRoot = new Dictionary<int, int>();
        var clusterOf = new int[speakers.Count];
        var canonical = new List<int>();
        foreach (var i in order)
        {
            var root = sets.Find(i);
            if (!numberOfRoot.TryGetValue(root, out var number))
            {
                numberOfRoot[root] = number = canonical.Count;
                canonical.Add(i);
            }
            else if (descriptors[i] < descriptors[canonical[number]])
            {
                canonical[number] = i;
            }

            clusterOf[i] = number;
        }

        return new SpeakerClusters(clusterOf, canonical.ToArray());
    }
}
