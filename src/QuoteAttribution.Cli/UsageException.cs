namespace QuoteAttribution.Cli;

/// <summary>A mistake on the command line; <see cref="CliApp"/> prints the message and exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
