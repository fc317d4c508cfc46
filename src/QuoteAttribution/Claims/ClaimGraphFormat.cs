namespace QuoteAttribution.Claims;

/// <summary>The formats a <see cref="ClaimGraph"/> can be written in.</summary>
public enum ClaimGraphFormat
{
    /// <summary>JSON with <c>nodes</c> and <c>edges</c> arrays.</summary>
    GraphJson,

    /// <summary>JSON-LD with schema.org <c>Claim</c>, <c>Quotation</c>, <c>Person</c>, <c>Organization</c> and <c>NewsArticle</c>.</summary>
    JsonLd,

    /// <summary>GraphML, for Gephi, yEd and NetworkX.</summary>
    GraphMl,

    /// <summary>Graphviz DOT.</summary>
    Dot,
}
