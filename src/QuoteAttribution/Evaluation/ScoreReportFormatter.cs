using System.Globalization;
using Newtonsoft.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>Writes a <see cref="ScoreReport"/> for people (score.py's lines first) or as one JSON object.</summary>
public static class ScoreReportFormatter
{
    private static readonly (string Name, Func<ScoreReport, PrecisionRecall> Get)[] Measures =
    [
        ("quotes", r => r.Quotes),
        ("direct", r => r.Direct),
        ("indirect", r => r.Indirect),
        ("strict", r => r.Strict),
        ("attribution", r => r.Attribution),
    ];

    /// <summary>
    /// Writes the lines score.py prints, character for character, then the sieve and reliability tables,
    /// then up to <paramref name="maxErrors"/> errors as tab-separated lines (as score.py's <c>--errors</c>).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; lines end in <c>\n</c>.</param>
    /// <param name="maxErrors">How many errors to list (0 for none).</param>
    public static void WriteText(ScoreReport report, TextWriter output, int maxErrors)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var invariant = CultureInfo.InvariantCulture;
        output.Write(string.Create(
            invariant,
            $"articles {report.Articles}  gold quotes {report.GoldQuotes}  missing articles in prediction {report.ArticlesMissingInPrediction}\n"));
        foreach (var (name, get) in Measures)
        {
            var v = get(report);
            output.Write($"{name,-12} P {Three(v.Precision)}  R {Three(v.Recall)}  F1 {Three(v.F1)}\n");
        }

        output.Write($"speaker accuracy on matched quotes {Three(report.SpeakerAccuracy)}\n");

        output.Write("\nby sieve (matched pairs)\n");
        output.Write($"{"sieve",-24} {"matched",7} {"right",7} {"precision",9} {"spurious",8}\n");
        foreach (var sieve in report.Sieves)
        {
            output.Write(string.Create(
                invariant,
                $"{sieve.Sieve,-24} {sieve.Matched,7} {sieve.SpeakerCorrect,7} {Three(sieve.SpeakerPrecision),9} {sieve.Spurious,8}\n"));
        }

        output.Write("\nby confidence (matched pairs)\n");
        output.Write($"{"confidence",-12} {"matched",7} {"right",7} {"accuracy",9} {"mean conf",9}\n");
        foreach (var bucket in report.Reliability)
        {
            var mean = bucket.MeanConfidence is { } m ? Three(m) : "-";
            output.Write(string.Create(
                invariant,
                $"{bucket.Label,-12} {bucket.Matched,7} {bucket.SpeakerCorrect,7} {(bucket.Matched > 0 ? Three(bucket.SpeakerAccuracy) : "-"),9} {mean,9}\n"));
        }

        if (maxErrors > 0 && report.Errors.Count > 0)
        {
            output.Write("\n");
            foreach (var error in report.Errors.Take(maxErrors))
            {
                output.Write(error + "\n");
            }
        }
    }

    /// <summary>
    /// Writes one JSON object and a newline: score.py's <c>--json</c> fields, in its order and with its values,
    /// then <c>sieves</c>, <c>reliability</c> and, when <paramref name="maxErrors"/> is above 0, <c>errors</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="maxErrors">How many errors to list (0 for no <c>errors</c> field).</param>
    public static void WriteJson(ScoreReport report, TextWriter output, int maxErrors)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new JsonTextWriter(output) { CloseOutput = false, Formatting = Formatting.None })
        {
            json.WriteStartObject();
            foreach (var (name, get) in Measures)
            {
                var v = get(report);
                json.WritePropertyName(name);
                json.WriteStartObject();
                Property(json, "p", v.Precision);
                Property(json, "r", v.Recall);
                Property(json, "f1", v.F1);
                json.WriteEndObject();
            }

            Property(json, "speaker_accuracy", report.SpeakerAccuracy);
            Property(json, "gold_quotes", report.GoldQuotes);
            Property(json, "articles", report.Articles);
            Property(json, "articles_missing_in_prediction", report.ArticlesMissingInPrediction);

            json.WritePropertyName("sieves");
            json.WriteStartArray();
            foreach (var sieve in report.Sieves)
            {
                json.WriteStartObject();
                Property(json, "sieve", sieve.Sieve);
                Property(json, "matched", sieve.Matched);
                Property(json, "speaker_correct", sieve.SpeakerCorrect);
                Property(json, "speaker_precision", sieve.SpeakerPrecision);
                Property(json, "spurious", sieve.Spurious);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("reliability");
            json.WriteStartArray();
            foreach (var bucket in report.Reliability)
            {
                json.WriteStartObject();
                Property(json, "confidence", bucket.Label);
                Property(json, "matched", bucket.Matched);
                Property(json, "speaker_correct", bucket.SpeakerCorrect);
                Property(json, "speaker_accuracy", bucket.SpeakerAccuracy);
                json.WritePropertyName("mean_confidence");
                json.WriteValue(bucket.MeanConfidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            if (maxErrors > 0)
            {
                json.WritePropertyName("errors");
                json.WriteStartArray();
                foreach (var error in report.Errors.Take(maxErrors))
                {
                    json.WriteStartObject();
                    Property(json, "id", error.ArticleId);
                    Property(json, "kind", error.KindName);
                    Property(json, "content", error.Content);
                    Property(json, "gold_speaker", error.GoldSpeaker);
                    Property(json, "predicted_speaker", error.PredictedSpeaker);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.Write("\n");
    }

    // score.py prints figures with Python's f"{x:.3f}", which rounds the binary value half to even.
    private static string Three(double value) => PythonFloat.Format(value, 3);

    private static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    // Newtonsoft writes doubles as Python's json does for these values: 0.0, 1.0, 0.8125.
    private static void Property(JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
