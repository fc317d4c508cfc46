namespace QuoteAttribution.Cli;

/// <summary>The process exit codes of <c>kutip</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;

    /// <summary>Some input could not be processed (each failure was reported), or output could not be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown command or option, missing or bad value.</summary>
    public const int Usage = 2;
}
