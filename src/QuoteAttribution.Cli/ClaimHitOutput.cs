using System.Globalization;
using Newtonsoft.Json;
using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary>Writes claim hits as a table for people, a JSON array, or JSON Lines.</summary>
internal static class ClaimHitOutput
{
    /// <summary>The formats of <c>query</c> and <c>who-said</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["table"] = "table",
        ["json"] = "json",
        ["jsonl"] = "jsonl",
    };

    public static void Write(TextWriter output, IReadOnlyList<ClaimHit> hits, string format)
    {
        switch (format)
        {
            case "json":
                output.Write(JsonConvert.SerializeObject(hits.Select(ToJson), Formatting.Indented) + "\n");
                break;
            case "jsonl":
                foreach (var hit in hits)
                {
                    output.Write(JsonConvert.SerializeObject(ToJson(hit)) + "\n");
                }

                break;
            default:
                for (var i = 0; i < hits.Count; i++)
                {
                    var hit = hits[i];
                    var where = string.Join(" · ", new[] { hit.Date, hit.Outlet, hit.ArticleId }.OfType<string>());
                    var more = hit.Appearances > 1 ? string.Create(CultureInfo.InvariantCulture, $" (+{hit.Appearances - 1} more)") : string.Empty;
                    output.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{i + 1,2}. {hit.Speaker ?? "(unknown speaker)"} · {where}{more} · score {hit.Score:0.###}\n    “{hit.Snippet}”\n"));
                }

                break;
        }
    }

    private static Dictionary<string, object?> ToJson(ClaimHit hit) => new(StringComparer.Ordinal)
    {
        ["speaker"] = hit.Speaker,
        ["speaker_type"] = hit.SpeakerType,
        ["claim"] = hit.Claim,
        ["score"] = Math.Round(hit.Score, 4),
        ["article"] = hit.ArticleId,
        ["outlet"] = hit.Outlet,
        ["date"] = hit.Date,
        ["title"] = hit.Title,
        ["appearances"] = hit.Appearances,
        ["snippet"] = hit.Snippet,
    };
}
