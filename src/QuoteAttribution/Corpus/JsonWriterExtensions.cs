using Newtonsoft.Json;

namespace QuoteAttribution.Corpus;

/// <summary>Small helpers for writing named JSON values, shared by the record and graph writers.</summary>
internal static class JsonWriterExtensions
{
    public static void Property(this JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void Property(this JsonWriter json, string name, int? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void Strings(this JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }
}
