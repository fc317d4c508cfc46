using System.Buffers;
using Newtonsoft.Json;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Lends Newtonsoft's readers their character buffers from <see cref="ArrayPool{T}.Shared"/>, so that reading a
/// line of several kilobytes does not allocate and regrow a fresh buffer for every line.
/// </summary>
internal sealed class SharedCharPool : IArrayPool<char>
{
    private SharedCharPool()
    {
    }

    /// <summary>The one instance.</summary>
    public static SharedCharPool Instance { get; } = new();

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
