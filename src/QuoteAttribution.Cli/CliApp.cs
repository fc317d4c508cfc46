namespace QuoteAttribution.Cli;

/// <summary>
/// The in-process entry point of <c>kutip</c>: picks the command, parses its options, and turns usage
/// mistakes and I/O failures into a message and an exit code (<see cref="ExitCodes"/>) instead of a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>The program's name in messages.</summary>
    public const string Name = "kutip";

    /// <summary>Runs <c>kutip</c> with <paramref name="args"/> and returns the exit code.</summary>
    /// <remarks>
    /// A progress line is shown only when <paramref name="stderr"/> is <see cref="Console.Error"/> and a
    /// terminal; tests pass their own writers and never see one.
    /// </remarks>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var isConsole = ReferenceEquals(stderr, Console.Error);
        var context = new CommandContext(
            stdin,
            stdout,
            stderr,
            StderrIsTerminal: isConsole && !Console.IsErrorRedirected,
            StdoutIsTerminal: isConsole && !Console.IsOutputRedirected);
        return Run(args, context, CommandCatalog.Create());
    }

    /// <summary>Runs one of <paramref name="commands"/>; tests use it to put in commands with fake engines.</summary>
    internal static int Run(IReadOnlyList<string> args, CommandContext context, IReadOnlyList<ICommand> commands)
    {
        ICommand? command = null;
        try
        {
            try
            {
                if (args.Count == 0)
                {
                    context.Stderr.Write(HelpText.ForApp(commands));
                    return ExitCodes.Usage;
                }

                switch (args[0])
                {
                    case "-h" or "--help" or "help" when args.Count == 1:
                        context.Stdout.Write(HelpText.ForApp(commands));
                        return ExitCodes.Success;
                    case "help":
                        // `kutip help extract` is `kutip extract --help`.
                        command = Find(commands, args[1]);
                        context.Stdout.Write(HelpText.ForCommand(command));
                        return ExitCodes.Success;
                    case "--version":
                        context.Stdout.Write($"{Name} {HelpText.Version}\n");
                        return ExitCodes.Success;
                }

                command = Find(commands, args[0]);
                var arguments = OptionParser.Parse(args.Skip(1).ToArray(), command.Options);
                if (arguments.HelpRequested)
                {
                    context.Stdout.Write(HelpText.ForCommand(command));
                    return ExitCodes.Success;
                }

                return command.Run(arguments, context);
            }
            finally
            {
                context.Stdout.Flush();
            }
        }
        catch (UsageException e)
        {
            var help = command is null ? $"{Name} --help" : $"{Name} {command.Name} --help";
            context.Stderr.Write($"{Name}: {e.Message}\nRun '{help}' for usage.\n");
            return ExitCodes.Usage;
        }
        catch (OutputClosedException)
        {
            // The reader of standard output went away (`kutip extract … | head`): stop, quietly.
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Unreadable or unwritable files and models that do not fit this engine: a message, no stack trace.
            context.Stderr.Write($"{Name}: {e.Message}\n");
            return ExitCodes.Failure;
        }
        catch (System.Data.Common.DbException e)
        {
            // The claim store failed (a disk error, another process holding it past the busy timeout): say so, no stack trace.
            context.Stderr.Write($"{Name}: the claim store failed: {e.Message}\n");
            return ExitCodes.Failure;
        }
    }

    /// <exception cref="UsageException">No command is called <paramref name="name"/>.</exception>
    private static ICommand Find(IReadOnlyList<ICommand> commands, string name) =>
        commands.FirstOrDefault(c => c.Name == name)
        ?? throw new UsageException(name.StartsWith('-') ? $"unknown option {Echo.Quoted(name)}" : $"unknown command {Echo.Quoted(name)}");
}
