namespace QuoteAttribution;

/// <summary>The kind of a quotation, as defined by the annotation guidelines.</summary>
public enum QuoteType
{
    /// <summary>Words wholly inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks, introduced by a reporting cue.</summary>
    Indirect,

    /// <summary>Reported speech that contains a quoted fragment.</summary>
    Mixed,
}
