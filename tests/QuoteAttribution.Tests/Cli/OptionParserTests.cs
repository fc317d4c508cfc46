using NUnit.Framework;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class OptionParserTests
{
    private static readonly OptionSpec[] Options =
    [
        new("output", "Where.", "FILE", 'o'),
        new("quiet", "Hush.", Short: 'q'),
    ];

    [Test]
    public void Parse_LongShortAndEqualsForms_AllGiveTheValue()
    {
        Assert.That(OptionParser.Parse(["--output", "a"], Options).Value("output"), Is.EqualTo("a"));
        Assert.That(OptionParser.Parse(["-o", "b"], Options).Value("output"), Is.EqualTo("b"));
        Assert.That(OptionParser.Parse(["--output=c"], Options).Value("output"), Is.EqualTo("c"));
    }

    [Test]
    public void Parse_DashAndEverythingAfterDoubleDash_ArePositionals()
    {
        var parsed = OptionParser.Parse(["x.jsonl", "-", "-q", "--", "--quiet"], Options);

        Assert.That(parsed.Positionals, Is.EqualTo(new[] { "x.jsonl", "-", "--quiet" }));
        Assert.That(parsed.Has("quiet"), Is.True);
    }

    [Test]
    public void Parse_HelpAnywhere_IsRequested()
    {
        Assert.That(OptionParser.Parse(["x.jsonl", "-h"], Options).HelpRequested, Is.True);
    }

    [Test]
    public void Parse_OptionFollowedByAnotherOption_LacksItsValue()
    {
        var e = Assert.Throws<UsageException>(() => OptionParser.Parse(["--output", "--quiet"], Options));

        Assert.That(e.Message, Is.EqualTo("option '--output' needs a value (FILE)"));
    }
}
