using Newtonsoft.Json;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Writes corpus records as JSON Lines (one compact record per line) or as one indented JSON array.
/// Non-ASCII characters are written as they are, not as <c>\u</c> escapes.
/// </summary>
internal sealed class JsonAnalysisWriter : IAnalysisWriter
{
    private readonly TextWriter output;
    private readonly JsonTextWriter json;
    private readonly bool array;
    private bool started;

    public JsonAnalysisWriter(TextWriter output, bool indented)
    {
        this.output = output;
        array = indented;
        json = new JsonTextWriter(output)
        {
            Formatting = indented ? Formatting.Indented : Formatting.None,
            StringEscapeHandling = StringEscapeHandling.Default,
            CloseOutput = false,
        };
    }

    public void Write(ArticleRecord article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        Start();
        AnalysisRecordJson.Write(json, article, analysis);
        if (!array)
        {
            output.Write('\n');
        }
    }

    public void Complete()
    {
        if (!array)
        {
            return;
        }

        Start();
        json.WriteEndArray();
        output.Write('\n');
    }

    private void Start()
    {
        if (array && !started)
        {
            json.WriteStartArray();
        }

        started = true;
    }
}
