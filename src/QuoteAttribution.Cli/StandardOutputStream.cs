namespace QuoteAttribution.Cli;

/// <summary>
/// Standard output as a stream that reports a closed pipe. .NET's console stream drops writes to a closed
/// pipe without a word, so <c>kutip extract big.jsonl | head</c> went on analysing every article for
/// nobody. On Unix this writes to file descriptor 1 directly, at the shell's file position
/// (<see cref="FileDescriptorStream"/>), and turns the broken-pipe error (EPIPE) into
/// <see cref="OutputClosedException"/>; any other write error (a full disk) stays an ordinary
/// <see cref="IOException"/>.
/// </summary>
internal sealed class StandardOutputStream : Stream
{
    /// <summary>errno EPIPE on Linux and macOS, which .NET puts in the exception's HResult.</summary>
    private const int BrokenPipe = 32;

    private readonly Stream _inner;

    private StandardOutputStream(Stream inner) => _inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Opens the process's standard output (the console's own stream on Windows).</summary>
    public static Stream Open() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new StandardOutputStream(new FileDescriptorStream(1));

    /// <summary>Wraps any stream (tests use one that fails like a closed pipe).</summary>
    internal static Stream Over(Stream inner) => new StandardOutputStream(inner);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e) when (e.HResult == BrokenPipe)
        {
            throw new OutputClosedException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e) when (e.HResult == BrokenPipe)
        {
            throw new OutputClosedException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
