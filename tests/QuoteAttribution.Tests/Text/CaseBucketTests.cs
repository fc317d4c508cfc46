using NUnit.Framework;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

public sealed class CaseBucketTests
{
    [Test]
    public void Of_EveryCharacterAndItsUpperCase_ShareABucketWheneverTheyAreEqualIgnoringCase()
    {
        var crossing = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            foreach (var other in new[] { char.ToUpperInvariant(c), char.ToLowerInvariant(c), 'I', 'S', 'i', 's' })
            {
                if (string.Equals(c.ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase) && CaseBucket.Of(c) != CaseBucket.Of(other))
                {
                    crossing.Add($"U+{code:X4} / U+{(int)other:X4}");
                }
            }
        }

        Assert.That(crossing, Is.Empty);
    }

    [TestCase('a', 'A')]
    [TestCase('z', 'Z')]
    [TestCase('é', 'É')]
    public void Of_LowerAndUpperCase_AreTheSameBucket(char lower, char upper) =>
        Assert.That(CaseBucket.Of(lower), Is.EqualTo(CaseBucket.Of(upper)));

    [Test]
    public void Of_DifferentAsciiLetters_AreDifferentBuckets() =>
        Assert.That(CaseBucket.Of('b'), Is.Not.EqualTo(CaseBucket.Of('d')));
}
