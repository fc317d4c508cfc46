using System.Net;
using System.Net.Sockets;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Cli;

namespace QuoteAttribution.Tests.Server;

/// <summary><c>kutip serve</c>'s command line: mistakes are usage errors, a taken port is a clear message.</summary>
[TestFixture]
public sealed class ServeCommandTests
{
    [TestCase(new[] { "serve", "--host", "localhost-ku" }, "kutip: --host must be an IP address such as 127.0.0.1, not 'localhost-ku'")]
    [TestCase(new[] { "serve", "--port", "70000" }, "kutip: --port must be")]
    [TestCase(new[] { "serve", "artikel.txt" }, "kutip: serve takes no arguments, not 'artikel.txt'")]
    public void Serve_BadCommandLine_IsAUsageError(string[] args, string expected)
    {
        var (exitCode, _, stderr) = Run(args);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr, Does.StartWith(expected));
    }

    [Test]
    public void Serve_PortAlreadyTaken_SaysSoAndExitsWithFailure()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, _, stderr) = Run(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Path.Combine(Path.GetTempPath(), "kutip-unused.db")]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr, Does.StartWith($"kutip: cannot listen on 127.0.0.1:{port}: "));
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CommandContext(new StringReader(string.Empty), stdout, stderr), [new ServeCommand(() => FakeEngine.Analyze)]);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
