using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>
/// One input article: its <see cref="Id"/> and <see cref="Text"/>, plus every other input field
/// (<c>outlet</c>, <c>url</c>, <c>title</c>, …) carried through untouched and in input order.
/// An input <c>quotes</c> field is dropped: output writes its own.
/// </summary>
public sealed class ArticleRecord
{
    /// <summary>Creates a record with only an id and a text.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="text">The article body; quote offsets index this exact string.</param>
    public ArticleRecord(string id, string text)
        : this(new JObject { [RecordSchema.Id] = id, [RecordSchema.Text] = text }, id, text)
    {
    }

    private ArticleRecord(JObject fields, string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Fields = fields;
        Id = id;
        Text = text;
    }

    /// <summary>The article's identifier (from the input, or <c>file name:line</c> when it had none).</summary>
    public string Id { get; }

    /// <summary>The article body.</summary>
    public string Text { get; }

    /// <summary>The <c>title</c> field, when there is one and it is a string.</summary>
    public string? Title => GetString(RecordSchema.Title);

    /// <summary>All input fields in input order, <c>id</c> and <c>text</c> included, <c>quotes</c> excluded. Not to be modified.</summary>
    internal JObject Fields { get; }

    /// <summary>The value of the input field <paramref name="name"/> when it is a string, else null.</summary>
    /// <param name="name">The field name, compared ordinally.</param>
    public string? GetString(string name) =>
        Fields.Property(name, StringComparison.Ordinal)?.Value is JValue { Type: JTokenType.String, Value: string value }
            ? value
            : null;

    /// <summary>Throws unless <paramref name="analysis"/> is of this article's text (its offsets index <see cref="Text"/>).</summary>
    internal void EnsureAnalysisOfText(ArticleAnalysis analysis)
    {
        if (!string.Equals(Text, analysis.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The analysis is not of the text of article '{Id}'.", nameof(analysis));
        }
    }

    /// <summary>
    /// Builds a record from a parsed input object, which it takes over. A missing or null <c>id</c> becomes
    /// <c>file name:line</c>; <c>text</c> must be a string.
    /// </summary>
    internal static ReadResult<ArticleRecord> FromJson(JObject fields, SourceLocation location)
    {
        var textProperty = fields.Property(RecordSchema.Text, StringComparison.Ordinal);
        if (textProperty is null)
        {
            return ReadResult.Failure<ArticleRecord>(location, "no \"text\" field");
        }

        if (textProperty.Value is not JValue { Type: JTokenType.String, Value: string text })
        {
            return ReadResult.Failure<ArticleRecord>(location, "\"text\" must be a string");
        }

        var idProperty = fields.Property(RecordSchema.Id, StringComparison.Ordinal);
        string id;
        if (idProperty is null || idProperty.Value.Type == JTokenType.Null)
        {
            id = $"{Path.GetFileName(location.Source)}:{location.Line}";
            if (idProperty is null)
            {
                fields.AddFirst(new JProperty(RecordSchema.Id, id));
            }
            else
            {
                idProperty.Value = id;
            }
        }
        else if (idProperty.Value is JValue { Type: JTokenType.String, Value: string given })
        {
            id = given;
        }
        else
        {
            return ReadResult.Failure<ArticleRecord>(location, "\"id\" must be a string");
        }

        fields.Remove(RecordSchema.Quotes);
        return ReadResult.Success(location, new ArticleRecord(fields, id, text));
    }
}
