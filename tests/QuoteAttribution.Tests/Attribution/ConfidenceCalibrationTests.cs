using NUnit.Framework;
using QuoteAttribution.Attribution;

namespace QuoteAttribution.Tests.Attribution;

public sealed class ConfidenceCalibrationTests
{
    private static IEnumerable<(double, bool)> Pairs(double raw, int right, int wrong) =>
        Enumerable.Repeat((raw, true), right).Concat(Enumerable.Repeat((raw, false), wrong));

    [Test]
    public void Fit_AccuracyFallingAsRawRises_IsMadeMonotone()
    {
        var calibration = ConfidenceCalibration.Fit(Pairs(0.55, 90, 10).Concat(Pairs(0.75, 60, 40)).Concat(Pairs(0.99, 500, 10)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(calibration.Values, Is.Ordered);
            Assert.That(calibration.Map(0.55), Is.EqualTo(calibration.Map(0.75)));
            Assert.That(calibration.Map(0.75), Is.LessThan(0.75));
        }
    }

    [Test]
    public void Fit_ValueIsACautiousEstimate_BelowTheAccuracySeenAndLowerWhenFewerWereSeen()
    {
        var many = ConfidenceCalibration.Fit(Pairs(0.99, 950, 50));
        var few = ConfidenceCalibration.Fit(Pairs(0.99, 19, 1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(many.Map(0.99), Is.LessThan(0.95).And.GreaterThan(0.93));
            Assert.That(few.Map(0.99), Is.LessThan(many.Map(0.99)));
        }
    }

    [Test]
    public void Fit_QuotesFromFewArticles_AreLessEvidenceThanAsManyFromManyArticles()
    {
        // 1,000 quotes, 95 % right, from 1,000 articles or from 50 articles of 20 quotes each.
        var spread = Pairs(0.99, 950, 50).Select((p, i) => (p.Item1, p.Item2, $"article-{i}"));
        var clustered = Pairs(0.99, 950, 50).Select((p, i) => (p.Item1, p.Item2, $"article-{i % 50}"));
        var fromMany = ConfidenceCalibration.Fit(spread).Map(0.99);
        var fromFew = ConfidenceCalibration.Fit(clustered).Map(0.99);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromMany, Is.EqualTo(ConfidenceCalibration.Fit(Pairs(0.99, 950, 50)).Map(0.99)));
            Assert.That(fromFew, Is.LessThan(fromMany - 0.03));
            Assert.That(fromFew, Is.GreaterThan(0.8));
        }
    }

    [Test]
    public void Map_WithoutAFit_GivesTheRawConfidence()
    {
        Assert.That(new ConfidenceCalibration().Map(0.73), Is.EqualTo(0.73));
    }

    [Test]
    public void ShippedModel_HasACalibration_AndConfidencesStayInRange()
    {
        const string text = "Kepala BPBD Kota Bekasi Dedi Kurniawan mengatakan, air mulai surut.\n\n\"Kami siagakan perahu karet,\" ujarnya.";
        var quotes = new QuoteExtractor().Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Confidence), Is.All.InRange(0.0, 1.0));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Dedi Kurniawan"));
    }
}
