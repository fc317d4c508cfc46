using System.Reflection;
using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>The usage texts of <c>kutip</c> and its commands.</summary>
internal static class HelpText
{
    /// <summary>The version of <c>kutip</c>, e.g. <c>0.1.0</c>.</summary>
    public static string Version =>
        typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The main help: commands, global options and one example per command.</summary>
    public static string ForApp(IReadOnlyList<ICommand> commands)
    {
        var width = commands.Max(c => c.Name.Length) + 3;
        var text = new StringBuilder()
            .Append(CliApp.Name).Append(' ').Append(Version)
            .Append(": finds quotations in Indonesian news articles and attributes them to their speakers.\n\n")
            .Append("Usage:\n")
            .Append("  kutip <command> [options]\n")
            .Append("  kutip help [<command>]\n")
            .Append("  kutip --help | --version\n\n")
            .Append("Commands:\n");
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width)).Append(command.Summary).Append('\n');
        }

        text.Append("\nOptions:\n")
            .Append("  -h, --help   Show this help.\n")
            .Append("  --version    Show the version.\n\n")
            .Append("Examples:\n");
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Examples[0]).Append('\n');
        }

        return text.Append("\nRun 'kutip <command> --help' for the options of a command.\n").ToString();
    }

    /// <summary>A command's help: usage line, description, options and examples.</summary>
    public static string ForCommand(ICommand command)
    {
        IReadOnlyList<OptionSpec> options = [.. command.Options, OptionParser.Help];
        var width = options.Max(o => o.Syntax.Length) + 3;
        var text = new StringBuilder()
            .Append("kutip ").Append(command.Name).Append(": ").Append(command.Summary).Append("\n\n")
            .Append("Usage:\n  kutip ").Append(command.Name).Append(' ').Append(command.Arguments).Append(" [options]\n\n")
            .Append(command.Description).Append("\n\n")
            .Append("Options:\n");
        foreach (var option in options)
        {
            text.Append("  ").Append(option.Syntax.PadRight(width)).Append(option.Description).Append('\n');
        }

        text.Append("\nExamples:\n");
        foreach (var example in command.Examples)
        {
            text.Append("  ").Append(example).Append('\n');
        }

        return text.ToString();
    }
}
