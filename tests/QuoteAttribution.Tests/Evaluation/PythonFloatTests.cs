using System.Globalization;
using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public sealed class PythonFloatTests
{
    [TestCase(0.03125, 0.0312)]
    [TestCase(0.8125, 0.8125)]
    [TestCase(2.0 / 3, 0.6667)]
    [TestCase(0.00005, 0.0001)]
    [TestCase(1.0 / 7, 0.1429)]
    [TestCase(1.0, 1.0)]
    [TestCase(0.0, 0.0)]
    public void Round_FourDigits_IsPythonRound(double value, double expected) =>
        Assert.That(PythonFloat.Round(value, 4), Is.EqualTo(expected));

    [TestCase(0.8125, "0.812")]
    [TestCase(0.0625, "0.062")]
    [TestCase(0.03125, "0.031")]
    [TestCase(2.0 / 3, "0.667")]
    [TestCase(1.0, "1.000")]
    [TestCase(0.00005, "0.000")]
    public void Format_ThreeDigits_IsPythonFormat(double value, string expected) =>
        Assert.That(PythonFloat.Format(value, 3), Is.EqualTo(expected));

    [Test]
    public void RoundAndFormat_EveryFractionUpTo400_AgreeWithPythonLive()
    {
        var fractions = Enumerable.Range(1, 400).SelectMany(d => Enumerable.Range(0, d + 1).Select(n => (n, d))).ToArray();
        var script = "import sys\nfor line in sys.stdin:\n    n, d = map(int, line.split())\n    x = n / d\n    print(repr(round(x, 4)), f'{round(x, 4):.3f}', f'{x:.3f}')\n";
        var expected = ScoreReference.RunPython(["-c", script], string.Concat(fractions.Select(f => $"{f.n} {f.d}\n")))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var actual = fractions.Select(f =>
        {
            var x = (double)f.n / f.d;
            var rounded = PythonFloat.Round(x, 4);
            var repr = rounded.ToString("R", CultureInfo.InvariantCulture);
            repr = repr.Contains('.', StringComparison.Ordinal) || repr.Contains('E', StringComparison.Ordinal) ? repr : repr + ".0";
            return $"{repr} {PythonFloat.Format(rounded, 3)} {PythonFloat.Format(x, 3)}";
        });
        Assert.That(actual, Is.EqualTo(expected));
    }
}
