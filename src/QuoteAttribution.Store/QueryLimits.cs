using System.Globalization;

namespace QuoteAttribution.Store;

/// <summary>
/// How much text a question to the store may hold. Longer text is refused with a message that says so, before it
/// reaches SQLite, whose own limits (a <c>LIKE</c> pattern of at most 50,000 bytes) would fail with a database error.
/// </summary>
public static class QueryLimits
{
    /// <summary>The longest speaker name (<see cref="ClaimSearch.FindSpeakers"/>, <see cref="ClaimQuery.Speaker"/>), in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest text of a search (<see cref="ClaimQuery.Text"/>) or a <see cref="ClaimSearch.WhoSaid"/> sentence, in characters.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// The most different words of a sentence that <see cref="ClaimSearch.WhoSaid"/> reads; it weighs each by a
    /// full-text count, so 100 KB of distinct words took seconds. Words after these are ignored.
    /// </summary>
    public const int MaxSentenceWords = 64;

    /// <summary>
    /// The problem with <paramref name="text"/> as the <paramref name="what"/> (<c>the speaker name</c>), e.g. <c>the speaker name
    /// has 60,000 characters; at most 200 are allowed</c>, or null when it is within <paramref name="max"/> characters.
    /// </summary>
    public static string? Problem(string text, int max, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{what} has {text.Length:N0} characters; at most {max:N0} are allowed");
    }

    /// <summary>Throws when <paramref name="text"/> is longer than <paramref name="max"/> characters.</summary>
    /// <exception cref="ArgumentException">It is.</exception>
    internal static void Check(string text, int max, string what, string parameter)
    {
        if (Problem(text, max, what) is { } problem)
        {
            throw new ArgumentException(problem, parameter);
        }
    }
}
