namespace QuoteAttribution.Mentions;

/// <summary>How a mention refers to its entity.</summary>
internal enum MentionKind : byte
{
    /// <summary>A person's name, possibly with titles and roles before it (<c>Kapolres AKBP Budi Santoso</c>).</summary>
    Name,

    /// <summary>A title or role alone (<c>Kapolres</c>, <c>Presiden</c>).</summary>
    Title,

    /// <summary>A personal pronoun (<c>dia</c>, <c>ia</c>, <c>beliau</c>, <c>mereka</c>).</summary>
    Pronoun,

    /// <summary>An organisation (<c>Kementerian Kesehatan</c>, <c>BMKG</c>).</summary>
    Organization,

    /// <summary>A collective or unnamed source (<c>polisi</c>, <c>warga</c>, <c>seorang warga</c>).</summary>
    Group,
}
