using System.Text;

namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>A named set of article texts and its size: the unit one benchmark operation processes.</summary>
internal sealed class Workload
{
    public Workload(string name, IReadOnlyList<string> articles)
    {
        Name = name;
        Articles = articles;
        foreach (var text in articles)
        {
            Utf8Bytes += Encoding.UTF8.GetByteCount(text);
            Words += WordSplitter.Count(text);
        }
    }

    public string Name { get; }

    public IReadOnlyList<string> Articles { get; }

    public long Utf8Bytes { get; }

    public long Words { get; }

    /// <summary>Every article encoded as UTF-8: the input of the floor benchmark.</summary>
    public byte[][] Utf8() => Articles.Select(Encoding.UTF8.GetBytes).ToArray();
}
