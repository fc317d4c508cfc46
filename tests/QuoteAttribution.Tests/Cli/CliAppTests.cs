using NUnit.Framework;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class CliAppTests
{
    [TestCase("--help")]
    [TestCase("-h")]
    public void Run_Help_ListsCommandsWithAnExampleAndExitsZero(string option)
    {
        var result = Kutip.Run(option);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("Usage:").And.Contain("extract").And.Contain("kutip extract articles.jsonl"));
    }

    [Test]
    public void Run_ExtractHelp_ListsEveryOptionAndExamples()
    {
        var result = Kutip.Run("extract", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("--format jsonl|json|text").And.Contain("--output FILE")
            .And.Contain("--threads N").And.Contain("--quiet").And.Contain("Examples:"));
    }

    [Test]
    public void Run_Version_PrintsTheVersion()
    {
        var result = Kutip.Run("--version");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Match(@"^kutip \d+\.\d+\.\d+"));
    }

    [Test]
    public void Run_NoArguments_PrintsUsageAndExitsTwo()
    {
        var result = Kutip.Run();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("Usage:"));
    }

    [Test]
    public void Run_UnknownCommand_NamesItAndExitsTwo()
    {
        var result = Kutip.Run("terjemahkan");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("kutip: unknown command 'terjemahkan'\nRun 'kutip --help' for usage."));
    }

    [Test]
    public void Run_RealEngine_WritesOneRecordPerArticle()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var stdin = new StringReader(
            """{"id": "r1", "text": "“Kami akan memperbaiki jalan itu,” kata Bupati Ahmad Yani."}""" + "\n" +
            """{"id": "r2", "text": "Menurut dia, harga cabai akan turun minggu depan."}""" + "\n");

        var exitCode = CliApp.Run(["extract", "--quiet"], stdin, stdout, stderr);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), stderr.ToString());
        Assert.That(stdout.ToString(), Does.StartWith("{\"id\":\"r1\"").And.Contain("\n{\"id\":\"r2\""));
    }

    [Test]
    public void Run_HelpCommand_PrintsTheMainHelpAndExitsZero()
    {
        var result = Kutip.Run("help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Is.EqualTo(Kutip.Run("--help").Stdout));
    }

    [Test]
    public void Run_HelpCommandWithACommand_PrintsThatCommandsHelp()
    {
        var result = Kutip.Run("help", "extract");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Is.EqualTo(Kutip.Run("extract", "--help").Stdout));
    }

    [Test]
    public void Run_HelpCommandWithAnUnknownCommand_NamesItAndExitsTwo()
    {
        var result = Kutip.Run("help", "terjemahkan");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("kutip: unknown command 'terjemahkan'\n"));
    }
}
