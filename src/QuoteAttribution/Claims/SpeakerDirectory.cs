namespace QuoteAttribution.Claims;

/// <summary>
/// Decides, one speaker at a time, whether a speaker named in a new article is one already known from
/// another article. The rules:
/// <list type="bullet">
/// <item>Only named persons and organisations merge; groups (<c>warga</c>) and unnamed sources are never the same across articles.</item>
/// <item>The same canonical name (case, diacritics and punctuation aside) and the same kind merge.</item>
/// <item>A name that is one of a known speaker's aliases merges, when exactly one known speaker carries it:
///   <c>Durov</c> joins <c>Pavel Durov</c>, but <c>Budi</c> joins neither <c>Budi Santoso</c> nor <c>Budi Hartono</c>.</item>
/// <item>A new speaker whose multi-word alias is a known canonical name merges with it.</item>
/// <item>Roles never block a merge; two different full names never merge, whatever first name they share.</item>
/// </list>
/// Ids are the caller's (a graph's node numbers, a database's row ids). Not thread-safe.
/// </summary>
public sealed class SpeakerDirectory
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _byAlias = new(StringComparer.Ordinal);
    private readonly HashSet<int> _multiWord = [];

    /// <summary>The known speaker that <paramref name="name"/> names, or null when it is someone new.</summary>
    /// <param name="name">The speaker's canonical name in its article.</param>
    /// <param name="type">The kind of speaker.</param>
    /// <param name="aliases">The other forms of the name in its article.</param>
    public int? Find(string name, SpeakerType? type, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(aliases);
        if (!Merges(type))
        {
            return null;
        }

        var kind = Kind(type);
        var key = TextFolding.Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byName.TryGetValue(kind + key, out var id))
        {
            return id;
        }

        if (_byAlias.TryGetValue(kind + key, out var carriers))
        {
            var named = carriers.Where(_multiWord.Contains).ToArray();
            if (named.Length == 1)
            {
                return named[0];
            }
        }

        foreach (var alias in aliases)
        {
            var aliasKey = TextFolding.Key(alias);
            if (aliasKey.Contains(' ', StringComparison.Ordinal) && _byName.TryGetValue(kind + aliasKey, out var known))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Records that speaker <paramref name="id"/> goes by <paramref name="name"/> and <paramref name="aliases"/>.</summary>
    /// <param name="id">The caller's id for the speaker.</param>
    /// <param name="name">A canonical name of the speaker (the first registered stays the canonical one).</param>
    /// <param name="type">The kind of speaker; groups and unnamed sources are not recorded.</param>
    /// <param name="aliases">Other forms of the name.</param>
    public void Register(int id, string name, SpeakerType? type, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(aliases);
        if (!Merges(type))
        {
            return;
        }

        var kind = Kind(type);
        var key = TextFolding.Key(name);
        if (key.Length > 0)
        {
            _byName.TryAdd(kind + key, id);
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                _multiWord.Add(id);
            }

            AddAlias(kind + key, id);
        }

        foreach (var alias in aliases)
        {
            var aliasKey = TextFolding.Key(alias);
            if (aliasKey.Length > 0)
            {
                AddAlias(kind + aliasKey, id);
            }
        }
    }

    /// <summary>Forgets every speaker.</summary>
    public void Clear()
    {
        _byName.Clear();
        _byAlias.Clear();
        _multiWord.Clear();
    }

    /// <summary>True for the kinds of speaker that can be one node across articles: persons and organisations (and named speakers of unknown kind).</summary>
    public static bool Merges(SpeakerType? type) => type is null or SpeakerType.Person or SpeakerType.Organization;

    private static string Kind(SpeakerType? type) => type == SpeakerType.Organization ? "o:" : "p:";

    private void AddAlias(string key, int id)
    {
        if (!_byAlias.TryGetValue(key, out var ids))
        {
            _byAlias[key] = ids = [];
        }

        ids.Add(id);
    }
}
