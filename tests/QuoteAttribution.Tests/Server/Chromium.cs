using NUnit.Framework;
using OpenQA.Selenium.Chrome;

namespace QuoteAttribution.Tests.Server;

/// <summary>
/// Debian's headless Chromium driven through its ChromeDriver (packages <c>chromium</c> and <c>chromium-driver</c>, which
/// <c>.ci/run</c> installs where missing). Nothing is downloaded: both paths are given, so Selenium Manager is never asked.
/// </summary>
internal static class Chromium
{
    private const string Browser = "/usr/bin/chromium";
    private const string Driver = "/usr/bin/chromedriver";

    /// <summary>Starts a headless browser whose window is <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    /// <remarks>Ignores the test, saying so, only when the browser is not installed.</remarks>
    public static ChromeDriver Start(int width, int height)
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            Assert.Ignore($"{Browser} or {Driver} is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", $"--window-size={width},{height}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
