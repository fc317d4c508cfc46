using System.Text;
using QuoteAttribution.Cli;
using QuoteAttribution.Corpus;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.SetError(new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true });
using var stdin = new StrictUtf8LineReader(Console.OpenStandardInput());
var stdout = new StreamWriter(StandardOutputStream.Open(), utf8, bufferSize: 1 << 16);

var exitCode = CliApp.Run(args, stdin, stdout, Console.Error);
try
{
    stdout.Dispose();
}
catch (IOException)
{
    // The reader of standard output went away (a closed pipe); CliApp has already reported it.
}

return exitCode;
