using System.Diagnostics;

namespace QuoteAttribution.Cli;

/// <summary>
/// Keeps a <see cref="ProgressBar"/> line on standard error up to date while a long run goes on: it appears after the
/// first second, is redrawn at most four times a second, and is wiped before any other message and at the end. When
/// disabled (standard error is not a terminal: a pipe, a file, CI) it writes nothing at all.
/// </summary>
internal sealed class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _stderr;
    private readonly bool _enabled;
    private readonly long? _total;
    private readonly Func<TimeSpan> _clock;
    private readonly int _width;
    private TimeSpan _last;
    private int _shownWidth;

    /// <param name="stderr">Where the line goes.</param>
    /// <param name="enabled">False writes nothing (standard error is not a terminal, or --quiet).</param>
    /// <param name="total">Articles in the input, or null when unknown.</param>
    /// <param name="clock">Time since the run started; a stopwatch started now when null.</param>
    /// <param name="width">The terminal's width; the console's (or 120) when null.</param>
    public ProgressDisplay(TextWriter stderr, bool enabled, long? total, Func<TimeSpan>? clock = null, int? width = null)
    {
        _stderr = stderr;
        _enabled = enabled;
        _total = total;
        var stopwatch = Stopwatch.StartNew();
        _clock = clock ?? (() => stopwatch.Elapsed);
        _width = width ?? (enabled ? TerminalWidth() : 120);
    }

    /// <summary>Redraws the line for <paramref name="done"/> articles processed, when it is time to.</summary>
    public void Update(long done)
    {
        if (!_enabled)
        {
            return;
        }

        var now = _clock();
        if (now < Delay || (_shownWidth > 0 && now - _last < Interval))
        {
            return;
        }

        _last = now;
        var line = ProgressBar.Render(done, _total, now, _width - 1);
        _stderr.Write("\r" + line.PadRight(_shownWidth));
        _shownWidth = line.Length;
    }

    /// <summary>Wipes the line, if one is shown, so that the next message starts on a clean line.</summary>
    public void Clear()
    {
        if (_shownWidth > 0)
        {
            _stderr.Write("\r" + new string(' ', _shownWidth) + "\r");
            _shownWidth = 0;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width > 20 ? width : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
