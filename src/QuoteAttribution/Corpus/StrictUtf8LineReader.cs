using System.Text;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Reads a UTF-8 stream line by line, decoding strictly and holding no more than one line in memory.
/// </summary>
/// <remarks>
/// Lines end at <c>\n</c> or <c>\r\n</c>; a leading byte order mark is skipped. A line that is not valid
/// UTF-8 makes <see cref="ReadLine"/> throw <see cref="DecoderFallbackException"/> after the whole line
/// has been consumed, so a caller can report that line and go on with the next. Use it for standard
/// input: <c>new StrictUtf8LineReader(Console.OpenStandardInput())</c>.
/// </remarks>
public sealed class StrictUtf8LineReader : TextReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly byte[] buffer = new byte[BufferSize];
    private byte[] spill = new byte[1024];
    private int position;
    private int length;
    private bool atStart = true;
    private bool endOfStream;

    // Read() and Peek() serve characters from the current line plus its line end.
    private string? pending;
    private int pendingIndex;

    /// <summary>Reads from <paramref name="stream"/>.</summary>
    /// <param name="stream">A readable stream of UTF-8 text.</param>
    /// <param name="leaveOpen">True to leave the stream open when this reader is disposed.</param>
    public StrictUtf8LineReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
    }

    /// <summary>Reads the next line without its line end, or returns null at the end of the stream.</summary>
    /// <exception cref="DecoderFallbackException">The line is not valid UTF-8; the line has been consumed.</exception>
    public override string? ReadLine()
    {
        if (pending is not null)
        {
            var rest = pending.AsSpan(pendingIndex);
            pending = null;
            return rest.EndsWith("\n", StringComparison.Ordinal) ? rest[..^1].ToString() : rest.ToString();
        }

        return ReadNextLine(out _);
    }

    /// <inheritdoc />
    public override int Peek()
    {
        if (!FillPending())
        {
            return -1;
        }

        return pending![pendingIndex];
    }

    /// <inheritdoc />
    public override int Read()
    {
        if (!FillPending())
        {
            return -1;
        }

        var c = pending![pendingIndex++];
        if (pendingIndex == pending.Length)
        {
            pending = null;
        }

        return c;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool FillPending()
    {
        while (pending is null)
        {
            var line = ReadNextLine(out var terminated);
            if (line is null)
            {
                return false;
            }

            var text = terminated ? line + "\n" : line;
            if (text.Length > 0)
            {
                pending = text;
                pendingIndex = 0;
            }
        }

        return true;
    }

    private string? ReadNextLine(out bool terminated)
    {
        var spilled = 0;
        while (true)
        {
            if (position == length && !Fill())
            {
                terminated = false;
                return spilled == 0 ? null : Decode(spill.AsSpan(0, spilled));
            }

            var available = buffer.AsSpan(position, length - position);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                position += newline + 1;
                terminated = true;
                if (spilled == 0)
                {
                    return Decode(available[..newline]);
                }

                Append(ref spilled, available[..newline]);
                return Decode(spill.AsSpan(0, spilled));
            }

            Append(ref spilled, available);
            position = length;
        }
    }

    private void Append(ref int spilled, ReadOnlySpan<byte> bytes)
    {
        if (spilled + bytes.Length > spill.Length)
        {
            Array.Resize(ref spill, Math.Max(spill.Length * 2, spilled + bytes.Length));
        }

        bytes.CopyTo(spill.AsSpan(spilled));
        spilled += bytes.Length;
    }

    private bool Fill()
    {
        while (!endOfStream)
        {
            position = 0;
            length = stream.ReadAtLeast(buffer, atStart ? 3 : 1, throwOnEndOfStream: false);
            if (length == 0)
            {
                endOfStream = true;
                break;
            }

            if (atStart)
            {
                atStart = false;
                position = length - StrictUtf8.SkipByteOrderMark(buffer.AsSpan(0, length)).Length;
            }

            if (position < length)
            {
                return true;
            }
        }

        return false;
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        return StrictUtf8.TryDecode(line, out var invalid)
            ?? throw new DecoderFallbackException(StrictUtf8.Describe(line, invalid), [line[invalid]], invalid);
    }
}
