using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>Parses one line of JSON Lines into an object, keeping values as written (no date parsing).</summary>
internal static class JsonLineParser
{
    // Errors name the line and column from the reader itself; the tokens need no positions of their own.
    private static readonly JsonLoadSettings WithoutLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    /// <summary>The object on <paramref name="line"/>, or null and a message such as <c>not JSON (…)</c>.</summary>
    public static JObject? Parse(string line, out string? error)
    {
        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(line))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                ArrayPool = SharedCharPool.Instance,
            };
            reader.Read();
            token = JToken.ReadFrom(reader, WithoutLineInfo);
            while (reader.Read())
            {
                // Reading past the value throws on anything but trailing white space or comments.
            }
        }
        catch (JsonReaderException e)
        {
            error = $"not JSON ({Describe(e)})";
            return null;
        }

        if (token is not JObject json)
        {
            error = "not a JSON object";
            return null;
        }

        error = null;
        return json;
    }

    // Newtonsoft's messages end in "Path 'x', line 1, position 8." — the line is always 1 here.
    private static string Describe(JsonReaderException e)
    {
        var message = e.Message;
        var path = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (path >= 0)
        {
            message = message[..path];
        }

        message = message.TrimEnd('.', ' ');
        return e.LinePosition > 0 ? $"{message}, at column {e.LinePosition}" : message;
    }
}
