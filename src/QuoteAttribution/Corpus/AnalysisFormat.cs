namespace QuoteAttribution.Corpus;

/// <summary>The output formats of an analysis run.</summary>
public enum AnalysisFormat
{
    /// <summary>JSON Lines: one corpus record per article (the record of the annotation guidelines).</summary>
    Jsonl,

    /// <summary>One indented JSON array of corpus records.</summary>
    Json,

    /// <summary>A plain-text report for people at a terminal.</summary>
    Text,
}
