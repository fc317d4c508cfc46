namespace QuoteAttribution.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the caller's original text.
/// </summary>
/// <param name="Start">Index of the first code unit (inclusive).</param>
/// <param name="End">Index one past the last code unit (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="index"/> lies inside the span.</summary>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered text.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
