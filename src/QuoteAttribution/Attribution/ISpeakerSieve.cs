namespace QuoteAttribution.Attribution;

/// <summary>
/// One deterministic step of attribution. The attributor runs the sieves in order, each over every quote
/// that earlier sieves left undecided, so precise rules decide first and broad ones fill in.
/// </summary>
internal interface ISpeakerSieve
{
    /// <summary>The name recorded in each decision's provenance.</summary>
    string Name { get; }

    /// <summary>Decides quote <paramref name="index"/>, or returns null to leave it to later sieves.</summary>
    Attribution? Decide(AttributionContext context, int index);
}
