namespace QuoteAttribution.Cli;

/// <summary>
/// Splits a command's arguments into options and positionals. Accepts <c>--name value</c>,
/// <c>--name=value</c>, <c>-n value</c>, flags, <c>-</c> as a positional (standard input) and <c>--</c>
/// to end options. <c>-h</c> and <c>--help</c> are understood for every command.
/// </summary>
internal static class OptionParser
{
    /// <summary>The help option every command has.</summary>
    public static readonly OptionSpec Help = new("help", "Show this help.", Short: 'h');

    /// <exception cref="UsageException">An option is unknown, lacks its value, or is a flag given a value.</exception>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var help = false;
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var (spec, inlineValue) = Find(arg, options);
            if (spec == Help)
            {
                help = true;
            }
            else if (spec.IsFlag)
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"option '--{spec.Name}' takes no value");
                }

                flags.Add(spec.Name);
            }
            else
            {
                var value = inlineValue
                    ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null)
                    ?? throw new UsageException($"option '--{spec.Name}' needs a value ({spec.ValueName})");
                values[spec.Name] = value;
            }
        }

        return new ParsedArguments(positionals, values, flags, help);
    }

    private static (OptionSpec Spec, string? InlineValue) Find(string arg, IReadOnlyList<OptionSpec> options)
    {
        OptionSpec? spec;
        string? inlineValue = null;
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            spec = name == Help.Name ? Help : options.FirstOrDefault(o => o.Name == name);
        }
        else
        {
            spec = arg.Length != 2 ? null
                : arg[1] == Help.Short ? Help
                : options.FirstOrDefault(o => o.Short == arg[1]);
        }

        return (spec ?? throw new UsageException($"unknown option {Echo.Quoted(arg)}"), inlineValue);
    }
}
