using System.Runtime.InteropServices;

namespace QuoteAttribution.Mentions;

/// <summary>One person or organisation of an article, with every name form and role it was mentioned with.</summary>
internal sealed class Entity
{
    public Entity(int id, SpeakerType type, string name)
    {
        Id = id;
        Type = type;
        Canonical = name;
        CanonicalWords = name.Split(' ');
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

        // A form with more words than the canonical name replaces it (words as split on single spaces).
        if (form.AsSpan().Count(' ') + 1 > CanonicalWords.Length)
        {
            Canonical = form;
            CanonicalWords = form.Split(' ');
        }
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
