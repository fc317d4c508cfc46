using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace QuoteAttribution.Corpus;

/// <summary>UTF-8 decoding that refuses invalid bytes instead of replacing them, and says where they are.</summary>
internal static class StrictUtf8
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes without a leading UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;

    /// <summary>Decodes <paramref name="bytes"/>, or returns null and the index of the first invalid byte.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int invalidIndex)
    {
        if (Utf8.IsValid(bytes))
        {
            invalidIndex = -1;
            return Encoding.UTF8.GetString(bytes);
        }

        invalidIndex = FirstInvalidIndex(bytes);
        return null;
    }

    /// <summary>A message such as <c>invalid UTF-8 (byte 0xFF at column 12)</c>; the column counts bytes from 1.</summary>
    public static string Describe(ReadOnlySpan<byte> line, int invalidIndex) =>
        $"invalid UTF-8 (byte 0x{line[invalidIndex]:X2} at column {invalidIndex + 1})";

    private static int FirstInvalidIndex(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? bytes.Length : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
