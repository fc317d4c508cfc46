using System.Runtime.InteropServices;

namespace QuoteAttribution.Cli;

/// <summary>
/// A write-only stream over a Unix file descriptor that writes with <c>write(2)</c>, so every byte goes out at
/// the descriptor's own file position and moves it. A <see cref="FileStream"/> over a descriptor keeps a position
/// of its own and writes with <c>pwrite</c>, which leaves the shared position where it was: two runs redirected
/// into one file (<c>for …; do kutip …; done &gt; out</c>) wrote over each other, and with <c>2&gt;&amp;1</c> the
/// summary on standard error overwrote the first record. Errors are <see cref="IOException"/>s whose
/// <see cref="Exception.HResult"/> is the errno (EPIPE 32 for a closed pipe, ENOSPC 28 for a full disk).
/// </summary>
internal sealed partial class FileDescriptorStream : Stream
{
    private const int Interrupted = 4; // EINTR
    private const int WouldBlock = 11; // EAGAIN on Linux
    private const int WouldBlockBsd = 35; // EAGAIN on macOS

    private readonly int _descriptor;

    /// <summary>A stream that writes to <paramref name="descriptor"/>, which it does not close.</summary>
    public FileDescriptorStream(int descriptor) => _descriptor = descriptor;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = SystemWrite(_descriptor, in MemoryMarshal.GetReference(buffer), (nuint)buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            var errno = Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case Interrupted:
                    continue;
                case WouldBlock or WouldBlockBsd:
                    // A descriptor another process made non-blocking (a terminal, a pipe): wait for room.
                    Thread.Sleep(1);
                    continue;
                default:
                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }
        }
    }

    public override void Flush()
    {
        // Nothing is buffered here.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint SystemWrite(int descriptor, in byte buffer, nuint count);
}
