namespace QuoteAttribution.Cli;

/// <summary>
/// One <c>kutip</c> command. Add a command by writing one class and listing it in <see cref="CommandCatalog"/>;
/// <see cref="CliApp"/> parses its options, prints its help and maps usage errors to exit code 2.
/// </summary>
internal interface ICommand
{
    /// <summary>The word that selects the command (<c>extract</c>).</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The positional arguments as the usage line shows them (<c>[FILE…|-]</c>).</summary>
    string Arguments { get; }

    /// <summary>A paragraph for the command's help: what it reads, writes and returns.</summary>
    string Description { get; }

    /// <summary>The options it accepts (<c>--help</c> is added for every command).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Example command lines; the first also appears in the main help.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>Runs the command and returns the exit code.</summary>
    /// <exception cref="UsageException">An option value is wrong.</exception>
    int Run(ParsedArguments arguments, CommandContext context);
}
