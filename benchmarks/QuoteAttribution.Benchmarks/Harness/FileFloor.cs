using System.Text;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// The floor of the job over a file: read it in 64 KiB blocks, decode UTF-8 and split on white space in
/// a plain loop. Nothing else can process the file faster than this.
/// </summary>
internal static class FileFloor
{
    /// <summary>Returns the number of white-space separated words in the file (JSON syntax included).</summary>
    public static long Scan(string path)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long words = 0;
        var inWord = false;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            words += WordSplitter.Count(chars.AsSpan(0, count), ref inWord);
        }

        return words;
    }
}
