using System.Drawing;
using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using QuoteAttribution.Server;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Server;

/// <summary>
/// The page of <c>kutip serve</c> in headless Chromium, against the real server on a free loopback port: paste the sample
/// article, read its quotes in their speakers' colours, store it, search a claim, open the speaker's page.
/// Set <c>KUTIP_SCREENSHOT=PATH</c> to keep the screenshot the first test takes (the README's <c>docs/serve.png</c>).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BrowserTests
{
    private TempDirectory _folder = null!;
    private KutipServer _server = null!;
    private ChromeDriver _browser = null!;
    private string _sample = null!;

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _folder = new TempDirectory();
        _sample = (await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "banjir-bekasi.txt"))).ReplaceLineEndings("\n");
        _server = await KutipServer.StartAsync(new ServerOptions { DatabasePath = Path.Combine(_folder.Path, "claims.db"), Port = 0 }, ServerFactory.Engine.Analyze);
        _browser = Chromium.Start(1200, 1000);
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder?.Dispose();
    }

    [Test]
    public void PastedSample_EachQuoteIsHighlightedInItsSpeakersColour_WithTheSpeakerListAndProvenance()
    {
        var expected = ServerFactory.Engine.Analyze(_sample).Quotes.OrderBy(q => q.ContentSpan.Start).ToArray();

        Analyse(_sample, width: 1200, height: 1000);
        var marks = _browser.FindElements(By.CssSelector("#result mark.quote"));

        Assert.That(marks.Select(m => m.GetAttribute("data-speaker")), Is.EqualTo(expected.Select(q => q.Speaker ?? string.Empty)));
        Assert.That(marks.Select(m => m.Text), Is.EqualTo(expected.Select(q => q.Content)));
        Assert.That(expected.Select(q => q.Speaker), Is.SupersetOf(new[] { "Dedi Kurniawan", "Sumarni", "Hendra Wiratama" }));
        var colours = marks.GroupBy(m => m.GetAttribute("data-speaker")).ToDictionary(g => g.Key!, g => g.Select(m => m.GetCssValue("background-color")).Distinct().ToArray());
        Assert.That(colours.Values, Has.All.Length.EqualTo(1), "one colour per speaker");
        Assert.That(colours.Values.Select(c => c[0]).Distinct().Count(), Is.EqualTo(colours.Count), "a different colour for each speaker");

        var speakers = _browser.FindElements(By.CssSelector("#speakers li"));
        var dedi = speakers.Single(s => s.GetAttribute("data-speaker") == "Dedi Kurniawan").Text;
        Assert.That(dedi, Does.Contain($"{expected.Count(q => q.Speaker == "Dedi Kurniawan")} quotes")
            .And.Contain("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi"));
        var first = _browser.FindElement(By.CssSelector(".quote-list li[data-for]")).Text;
        Assert.That(first, Does.Contain("confidence").And.Contain("why: " + expected.OrderBy(q => q.ContentSpan.Start).First().Provenance.Rule));

        var screenshot = Environment.GetEnvironmentVariable("KUTIP_SCREENSHOT") ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, "serve.png");
        _browser.Manage().Window.Size = new Size(1200, 1400);
        _browser.GetScreenshot().SaveAsFile(screenshot);
        TestContext.AddTestAttachment(screenshot);
    }

    [Test]
    public void ArticleHoldingMarkup_IsShownAsText_NeverRunAsHtml()
    {
        const string text = "Kepala Desa Sutrisno mengatakan, <b>jalan</b> desa <img src=x onerror=\"document.title='pwned'\"> akan diperbaiki tahun ini.";

        Analyse(text, width: 1200, height: 1000);

        Assert.That(_browser.FindElements(By.CssSelector("#result img, #result b")), Is.Empty);
        Assert.That(_browser.FindElement(By.CssSelector(".article-text")).Text, Is.EqualTo(text));
        Assert.That(_browser.Title, Does.StartWith("kutip"));
    }

    [Test]
    public void StoredSample_SearchingAClaim_FindsItsSpeaker_WhosePageListsEveryClaim()
    {
        var dedi = ServerFactory.Engine.Analyze(_sample).Quotes.Where(q => q.Speaker == "Dedi Kurniawan").OrderBy(q => q.ContentSpan.Start).ToArray();
        Analyse(_sample, width: 1200, height: 1000);
        _browser.FindElement(By.Id("index")).Click();
        Wait(() => _browser.FindElement(By.Id("analyse-status")).Text.StartsWith("Stored", StringComparison.Ordinal));

        _browser.FindElement(By.Id("tab-search")).Click();
        _browser.FindElement(By.Id("search-text")).SendKeys("perahu karet");
        _browser.FindElement(By.Id("search")).Click();
        Wait(() => _browser.FindElements(By.CssSelector("#results li")).Count > 0);
        var hit = _browser.FindElement(By.CssSelector("#results li"));

        Assert.That(hit.FindElement(By.CssSelector(".speaker-link")).Text, Is.EqualTo("Dedi Kurniawan"));
        Assert.That(hit.FindElement(By.CssSelector("strong")).Text, Is.EqualTo("perahu"));

        hit.FindElement(By.CssSelector(".speaker-link")).Click();
        Wait(() => _browser.FindElements(By.CssSelector("#speaker-page h2")).Count > 0);

        Assert.That(_browser.FindElement(By.CssSelector("#speaker-page h2")).Text, Is.EqualTo("Dedi Kurniawan (person)"));
        var claims = _browser.FindElements(By.CssSelector("#speaker-page li.claim"));
        Assert.That(claims.Select(c => c.FindElement(By.CssSelector(".quote-content")).Text), Is.EqualTo(dedi.Select(q => $"“{q.Content}”")));
        Assert.That(claims.Select(c => c.FindElement(By.CssSelector(".article-link")).Text), Is.All.Match("^bekasi-kabarkita-com-kepala-badan-[0-9a-f]{6}$"), "a pasted article is named by its first words and a hash");
    }

    [Test]
    public void PhoneWidth_PageFitsTheScreen_WithoutSidewaysScrolling()
    {
        Analyse(_sample, width: 390, height: 844);

        var overflow = Convert.ToInt64(((IJavaScriptExecutor)_browser).ExecuteScript("return document.documentElement.scrollWidth - window.innerWidth;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(overflow, Is.LessThanOrEqualTo(0));
        Assert.That(_browser.FindElement(By.Id("speakers")).Location.Y, Is.GreaterThan(_browser.FindElement(By.CssSelector(".article-text")).Location.Y), "the speaker list goes under the text");
    }

    private void Analyse(string text, int width, int height)
    {
        _browser.Manage().Window.Size = new Size(width, height);
        _browser.Navigate().GoToUrl(_server.Address);
        var area = _browser.FindElement(By.Id("article-text"));
        area.SendKeys(text);
        _browser.FindElement(By.Id("analyse")).Click();
        Wait(() => _browser.FindElement(By.Id("analyse-status")).Text.Contains("quote", StringComparison.Ordinal));
    }

    private void Wait(Func<bool> condition) =>
        new WebDriverWait(_browser, TimeSpan.FromSeconds(20)).Until(_ => condition());
}
