using System.Runtime.InteropServices;

namespace QuoteAttribution.Mentions;

/// <summary>One person or organisation of an article, with every name form and role it was mentioned with.</summary>
internal sealed class Entity
{
    private readonly Lexicons.CorpusVocabulary _vocabulary;

    /// <summary>The <see cref="Likeness"/> of <see cref="CanonicalWords"/>, kept with them.</summary>
    private (int Common, int NameLike) _canonicalLikeness;

    public Entity(int id, SpeakerType type, string name, Lexicons.CorpusVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Id = id;
        Type = type;
        Canonical = name;
        CanonicalWords = name.Split(' ');
        _canonicalLikeness = Likeness(CanonicalWords);
        Forms.Add(name);
    }

    public int Id { get; }

    public SpeakerType Type { get; }

    /// <summary>The fullest name form seen, without titles or roles.</summary>
    public string Canonical { get; private set; }

    /// <summary>Every name form seen, canonical included, in order of first appearance.</summary>
    public List<string> Forms { get; } = [];

    /// <summary>Titles and roles seen with the name.</summary>
    public List<string> Roles { get; } = [];

    /// <summary>Indexes of the mentions clustered here, in text order.</summary>
    public List<int> Mentions { get; } = [];

    /// <summary>The words of <see cref="Canonical"/>.</summary>
    public string[] CanonicalWords { get; private set; }

    public void AddForm(string form)
    {
        if (!ContainsIgnoringCase(CollectionsMarshal.AsSpan(Forms), form))
        {
            Forms.Add(form);
        }

        // A fuller form replaces the canonical name: fewer words real news mostly writes in lower case first
        // ("Kucing", "Sebut", "Kediaman": a headline or description glued to the name is no fuller name), then
        // more name-like words, then more words.
        var words = form.Split(' ');
        var likeness = Likeness(words);
        var (common, nameLike) = likeness;
        var (canonicalCommon, canonicalNameLike) = _canonicalLikeness;
        if (common < canonicalCommon
            || common == canonicalCommon && (nameLike > canonicalNameLike || nameLike == canonicalNameLike && words.Length > CanonicalWords.Length))
        {
            Canonical = form;
            CanonicalWords = words;
            _canonicalLikeness = likeness;
        }
    }

    /// <summary>How many words real news mostly writes in lower case, and how many it writes capitalised (or never saw).</summary>
    private (int Common, int NameLike) Likeness(string[] words)
    {
        var common = 0;
        foreach (var word in words)
        {
            var counts = _vocabulary.Of(word);
            common += counts.Lower > counts.CapitalizedInside ? 1 : 0;
        }

        return (common, words.Length - common);
    }

    /// <summary>True when <paramref name="words"/> holds <paramref name="word"/>, ignoring case (name forms and name words).</summary>
    public static bool ContainsIgnoringCase(ReadOnlySpan<string> words, string word)
    {
        foreach (var known in words)
        {
            if (known.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public void AddRole(string? role)
    {
        if (role is not null && !Roles.Contains(role, StringComparer.Ordinal))
        {
            Roles.Add(role);
        }
    }

    /// <summary>The other name forms: every form but the canonical one.</summary>
    public IReadOnlyList<string> Aliases() =>
        Forms.Where(f => !f.Equals(Canonical, StringComparison.OrdinalIgnoreCase)).ToArray();
}
