namespace QuoteAttribution.Cli;

/// <summary>One option a command accepts, e.g. <c>-o, --output FILE</c>.</summary>
/// <param name="Name">The long name without dashes (<c>output</c>).</param>
/// <param name="Description">One line for the help text.</param>
/// <param name="ValueName">How the help text names the value (<c>FILE</c>), or null for a flag.</param>
/// <param name="Short">The one-letter alias (<c>o</c> for <c>-o</c>), or null.</param>
internal sealed record OptionSpec(string Name, string Description, string? ValueName = null, char? Short = null)
{
    /// <summary>True when the option takes no value.</summary>
    public bool IsFlag => ValueName is null;

    /// <summary>How the help text shows the option: <c>-o, --output FILE</c>.</summary>
    public string Syntax =>
        (Short is { } c ? $"-{c}, " : "    ") + $"--{Name}" + (ValueName is null ? string.Empty : $" {ValueName}");
}
