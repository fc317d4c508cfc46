namespace QuoteAttribution.Claims;

/// <summary>Writes a whole <see cref="ClaimGraph"/> in one format onto a writer the caller owns (not closed).</summary>
public interface IClaimGraphExporter
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>.</summary>
    void Write(ClaimGraph graph, TextWriter output);

    /// <summary>The exporter for <paramref name="format"/>.</summary>
    static IClaimGraphExporter Create(ClaimGraphFormat format) => format switch
    {
        ClaimGraphFormat.GraphJson => new GraphJsonExporter(),
        ClaimGraphFormat.JsonLd => new JsonLdExporter(),
        ClaimGraphFormat.GraphMl => new GraphMlExporter(),
        ClaimGraphFormat.Dot => new DotExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
