using System.Globalization;
using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>
/// Draws the progress line of a long run: with a known total, a bar, the share done, the count, the rate and the
/// time left (<c>kutip: [██████░░░░░░] 48% 850/1,771 articles · 4,210 articles/s · ETA 0:00</c>); without one (standard
/// input), the count and the rate. Pure: the same figures give the same line.
/// </summary>
internal static class ProgressBar
{
    /// <summary>Cells of the bar.</summary>
    public const int BarWidth = 24;

    /// <summary>The progress line, at most <paramref name="maxWidth"/> characters (the bar is dropped first, then the ETA).</summary>
    /// <param name="done">Articles processed so far.</param>
    /// <param name="total">Articles in the input, or null when unknown.</param>
    /// <param name="elapsed">Time since the run started.</param>
    /// <param name="maxWidth">The terminal's width.</param>
    public static string Render(long done, long? total, TimeSpan elapsed, int maxWidth = 120)
    {
        var rate = elapsed > TimeSpan.Zero ? done / elapsed.TotalSeconds : 0;
        var rateText = string.Create(CultureInfo.InvariantCulture, $"{rate:N0} articles/s");
        if (total is not { } all || all <= 0)
        {
            return Fit($"{CliApp.Name}: {Counted.Of(done, "article")} · {rateText}", maxWidth);
        }

        var shown = Math.Min(done, all);
        var fraction = (double)shown / all;
        var count = string.Create(CultureInfo.InvariantCulture, $"{shown:N0}/{all:N0} articles");
        var percent = string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(fraction * 100),3:0}%");
        var eta = "ETA " + (rate > 0 ? Clock(TimeSpan.FromSeconds((all - shown) / rate)) : "?");
        var full = $"{CliApp.Name}: {Bar(fraction)} {percent} {count} · {rateText} · {eta}";
        if (full.Length <= maxWidth)
        {
            return full;
        }

        var noBar = $"{CliApp.Name}: {percent} {count} · {rateText} · {eta}";
        return noBar.Length <= maxWidth ? noBar : Fit($"{CliApp.Name}: {percent} {count} · {rateText}", maxWidth);
    }

    /// <summary><c>[███░░░]</c>: full cells for the share done, light shade for the rest.</summary>
    public static string Bar(double fraction)
    {
        var filled = (int)Math.Floor(Math.Clamp(fraction, 0, 1) * BarWidth);
        return new StringBuilder(BarWidth + 2).Append('[').Append('█', filled).Append('░', BarWidth - filled).Append(']').ToString();
    }

    /// <summary><c>0:07</c>, <c>12:30</c>, <c>1:02:03</c>.</summary>
    public static string Clock(TimeSpan time)
    {
        var seconds = (long)Math.Ceiling(Math.Min(time.TotalSeconds, 99 * 3600.0));
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
    }

    private static string Fit(string line, int maxWidth) => line.Length <= maxWidth ? line : line[..Math.Max(0, maxWidth)];
}
