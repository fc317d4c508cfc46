namespace QuoteAttribution.Text;

/// <summary>The quotation-mark characters the engine knows, and their families.</summary>
internal static class QuoteMarks
{
    /// <summary>True for any character used as a quotation mark.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '\'' or '`' or '‹' or '›';

    /// <summary>True for marks that can only open a quotation.</summary>
    public static bool IsOpeningOnly(char c) => c is '“' or '„' or '‟' or '«' or '‘' or '‹';

    /// <summary>True for marks shaped to close a quotation; the Kompas print style opens with <c>”</c> too, so flanking decides.</summary>
    public static bool IsClosingShape(char c) => c is '”' or '»' or '’' or '›';

    /// <summary>True for single-quote marks (<c>'</c>, <c>‘</c>, <c>’</c>, <c>`</c>, <c>‹</c>, <c>›</c>).</summary>
    public static bool IsSingle(char c) => c is '‘' or '’' or '\'' or '`' or '‹' or '›';
}
