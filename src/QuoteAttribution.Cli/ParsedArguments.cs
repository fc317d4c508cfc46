using System.Globalization;

namespace QuoteAttribution.Cli;

/// <summary>A command's arguments after <see cref="OptionParser"/>: positionals, option values and flags.</summary>
internal sealed class ParsedArguments(
    IReadOnlyList<string> positionals,
    IReadOnlyDictionary<string, string> values,
    IReadOnlySet<string> flags,
    bool helpRequested)
{
    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; } = positionals;

    /// <summary>True when <c>-h</c> or <c>--help</c> was given.</summary>
    public bool HelpRequested { get; } = helpRequested;

    /// <summary>True when the flag <c>--<paramref name="name"/></c> was given.</summary>
    public bool Has(string name) => flags.Contains(name);

    /// <summary>The value of <c>--<paramref name="name"/></c>, or null when it was not given.</summary>
    public string? Value(string name) => values.GetValueOrDefault(name);

    /// <summary>The whole number given for <c>--<paramref name="name"/></c>, or <paramref name="fallback"/>.</summary>
    /// <exception cref="UsageException">The value is not a whole number in <c>[min, max]</c>.</exception>
    public int Integer(string name, int fallback, int min, int max)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} must be a whole number from {min} to {max}, not {Echo.Quoted(text)}");
    }

    /// <summary>The number given for <c>--<paramref name="name"/></c>, or <paramref name="fallback"/>.</summary>
    /// <exception cref="UsageException">The value is not a number in <c>[min, max]</c>.</exception>
    public double Number(string name, double fallback, double min, double max)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--{name} must be a number from {min} to {max}, not '{text}'"));
    }

    /// <summary>The choice named by <c>--<paramref name="name"/></c>, or <paramref name="fallback"/>.</summary>
    /// <exception cref="UsageException">The value names none of <paramref name="choices"/>.</exception>
    public T Choice<T>(string name, T fallback, IReadOnlyDictionary<string, T> choices)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        return choices.TryGetValue(text, out var value)
            ? value
            : throw new UsageException($"unknown --{name} {Echo.Quoted(text)} (expected {string.Join(", ", choices.Keys)})");
    }
}
