namespace QuoteAttribution.Cli;

/// <summary>
/// Standard output was closed by its reader (<c>kutip extract … | head</c>): there is no one left to write
/// for, so the command stops at once and quietly, as Unix tools do.
/// </summary>
internal sealed class OutputClosedException(IOException inner)
    : IOException("standard output was closed by its reader", inner);
