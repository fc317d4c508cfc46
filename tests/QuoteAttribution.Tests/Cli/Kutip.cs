using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

/// <summary>Runs <c>kutip</c> in-process with the fake engine and captures what it prints.</summary>
internal static class Kutip
{
    public static Result Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Result RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var commands = new ICommand[] { new ExtractCommand(_ => FakeEngine.Analyze) };
        var exitCode = CliApp.Run(args, new CommandContext(new StringReader(stdin), stdout, stderr), commands);
        return new Result(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>kutip</c> with the store commands (index with the fake engine, query, who-said, speaker).</summary>
    public static Result RunStore(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var commands = new ICommand[] { new IndexCommand(() => FakeEngine.Analyze), new QueryCommand(), new WhoSaidCommand(), new SpeakerCommand() };
        var exitCode = CliApp.Run(args, new CommandContext(new StringReader(string.Empty), stdout, stderr), commands);
        return new Result(exitCode, stdout.ToString(), stderr.ToString());
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
