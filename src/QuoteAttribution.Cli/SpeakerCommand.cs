using System.Globalization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary><c>kutip speaker</c>: everything a speaker said, by date, with the articles.</summary>
internal sealed class SpeakerCommand : ICommand
{
    public string Name => "speaker";

    public string Summary => "Everything a speaker said, by date (names and aliases work).";

    public string Arguments => "NAME";

    public string Description =>
        "Finds the speaker by canonical name, else by alias ('Durov' for 'Pavel Durov'), else by part of a name, and\n" +
        "lists what each speaker found said, oldest article first, with outlet, article and the name the article used.";

    public IReadOnlyList<OptionSpec> Options { get; } = [StoreOptions.Database];

    public IReadOnlyList<string> Examples { get; } = ["kutip speaker \"Pavel Durov\" --db claims.db"];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var name = StoreOptions.Bounded(StoreOptions.Text(arguments, "the speaker's name"), QueryLimits.MaxNameLength, "the speaker name");
        using var store = StoreOptions.OpenForReading(arguments);
        var search = new ClaimSearch(store);
        var speakers = search.FindSpeakers(name);
        if (speakers.Count == 0)
        {
            context.Stderr.Write($"{CliApp.Name}: no speaker called {Echo.Quoted(name)} in the store\n");
            return ExitCodes.Failure;
        }

        var output = context.Stdout;
        foreach (var speaker in speakers)
        {
            var claims = search.ClaimsOf(speaker.Id);
            output.Write($"{speaker.Name} ({speaker.Type ?? "unknown"})");
            output.Write($" · {Counted.Of(claims.Count, "quote")}\n");
            if (speaker.Aliases.Count > 0)
            {
                output.Write($"  also: {string.Join(", ", speaker.Aliases)}\n");
            }

            if (speaker.Roles.Count > 0)
            {
                output.Write($"  roles: {string.Join("; ", speaker.Roles)}\n");
            }

            foreach (var claim in claims)
            {
                var where = string.Join(" · ", new[] { claim.Date ?? "undated", claim.Outlet, claim.ArticleId }.OfType<string>());
                var cue = claim.Cue is null ? string.Empty : $", {claim.Cue}";
                output.Write($"  {where} ({claim.Type}{cue})\n    “{claim.Claim}”\n");
            }
        }

        return ExitCodes.Success;
    }
}
