namespace QuoteAttribution.Cli;

/// <summary>What a command talks to: standard streams, and whether people are watching them.</summary>
/// <param name="Stdin">Standard input.</param>
/// <param name="Stdout">Standard output (flushed by <see cref="CliApp"/> when the command returns).</param>
/// <param name="Stderr">Standard error: diagnostics, progress and summaries.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal, so a self-rewriting progress line is welcome.</param>
/// <param name="StdoutIsTerminal">True when standard output is a terminal.</param>
internal sealed record CommandContext(
    TextReader Stdin,
    TextWriter Stdout,
    TextWriter Stderr,
    bool StderrIsTerminal = false,
    bool StdoutIsTerminal = false);
