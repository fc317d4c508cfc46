using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>A workload's articles built into documents, with their quotation masks, for the suites that start there.</summary>
internal sealed record BuiltDocuments(Document[] Documents, bool[][] Masks)
{
    public static BuiltDocuments For(string input)
    {
        var builder = new DocumentBuilder(LexiconSet.Default);
        var documents = WorkloadCatalog.Get(input).Articles.Select(builder.Build).ToArray();
        return new BuiltDocuments(documents, documents.Select(d => d.InsideQuotations()).ToArray());
    }
}
