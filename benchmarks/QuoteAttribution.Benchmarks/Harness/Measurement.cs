namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>The time the pipeline took over some bytes of input.</summary>
internal sealed record Measurement(long Bytes, double Seconds, int Articles)
{
    public double SecondsPerMB => Seconds / (Bytes / 1e6);

    /// <summary>The exponent of time in size between the previous measurement and this one, once there are two.</summary>
    public double? Exponent { get; init; }
}
