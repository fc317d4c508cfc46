namespace QuoteAttribution.Claims;

/// <summary>A speaker node: one person, organisation or group, merged across the articles of a run.</summary>
public sealed class ClaimSpeaker
{
    private readonly List<string> _aliases = [];
    private readonly List<string> _roles = [];
    private readonly Dictionary<string, string> _namesByArticle = new(StringComparer.Ordinal);

    internal ClaimSpeaker(string id, string name, SpeakerType? type)
    {
        Id = id;
        Name = name;
        Type = type;
    }

    /// <summary>The node id (<c>speaker:1</c>).</summary>
    public string Id { get; }

    /// <summary>The canonical name: the fullest name first seen.</summary>
    public string Name { get; }

    /// <summary>Person, organisation, group or unnamed; null when no article said.</summary>
    public SpeakerType? Type { get; }

    /// <summary>Every other form of the name seen, in order of first sight.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>Roles and affiliations seen with the speaker (<c>Kepala BPBD Kota Bekasi</c>), in order of first sight.</summary>
    public IReadOnlyList<string> Roles => _roles;

    /// <summary>For each article the speaker is quoted in, the name that article gives it.</summary>
    public IReadOnlyDictionary<string, string> NamesByArticle => _namesByArticle;

    /// <summary>One line for people: <c>speaker:3 · Dedi Kurniawan (person) · also Dedi · 2 articles</c>.</summary>
    public override string ToString()
    {
        var kind = Type is { } type ? $" ({Corpus.RecordSchema.Name(type)})" : "";
        var also = _aliases.Count > 0 ? $" · also {string.Join(", ", _aliases)}" : "";
        var articles = _namesByArticle.Count == 1 ? "1 article" : $"{_namesByArticle.Count} articles";
        return $"{Id} · {Name}{kind}{also} · {articles}";
    }

    internal void Absorb(string articleId, AttributedQuote quote)
    {
        _namesByArticle.TryAdd(articleId, quote.Speaker!);
        foreach (var alias in quote.Aliases.Prepend(quote.Speaker!))
        {
            if (!string.Equals(alias, Name, StringComparison.Ordinal) && !_aliases.Contains(alias, StringComparer.Ordinal))
            {
                _aliases.Add(alias);
            }
        }

        foreach (var role in quote.Roles)
        {
            if (!_roles.Contains(role, StringComparer.Ordinal))
            {
                _roles.Add(role);
            }
        }
    }
}
