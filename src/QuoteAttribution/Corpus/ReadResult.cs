using System.Diagnostics.CodeAnalysis;

namespace QuoteAttribution.Corpus;

/// <summary>One item read from a corpus: either a value or an error, always with its location.</summary>
/// <typeparam name="T">The kind of value read, e.g. <see cref="ArticleRecord"/>.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(SourceLocation location, T? value, CorpusError? error)
    {
        Location = location;
        Value = value;
        Error = error;
    }

    /// <summary>Where the item stands in its source.</summary>
    public SourceLocation Location { get; }

    /// <summary>The value read, or null when <see cref="Error"/> is set.</summary>
    public T? Value { get; }

    /// <summary>What went wrong, or null when <see cref="Value"/> is set.</summary>
    public CorpusError? Error { get; }

    /// <summary>True when a value was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;
}

/// <summary>Builds <see cref="ReadResult{T}"/> values.</summary>
internal static class ReadResult
{
    public static ReadResult<T> Success<T>(SourceLocation location, T value)
        where T : class => new(location, value, null);

    public static ReadResult<T> Failure<T>(SourceLocation location, string message)
        where T : class => new(location, null, new CorpusError(location, message));

    public static ReadResult<T> Failure<T>(CorpusError error)
        where T : class => new(error.Location, null, error);
}
