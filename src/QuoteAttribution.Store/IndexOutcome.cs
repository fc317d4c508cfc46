namespace QuoteAttribution.Store;

/// <summary>What indexing one article did.</summary>
public enum IndexOutcome
{
    /// <summary>The article was new and is now stored.</summary>
    Added,

    /// <summary>The article was stored with another content hash; its old appearances were replaced.</summary>
    Replaced,

    /// <summary>The article was stored with the same content hash; nothing changed.</summary>
    Unchanged,
}
