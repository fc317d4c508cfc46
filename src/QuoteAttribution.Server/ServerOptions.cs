using System.Net;

namespace QuoteAttribution.Server;

/// <summary>Where <c>kutip serve</c> listens, which claim store it uses and how much one request may carry.</summary>
public sealed record ServerOptions
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The claim store (SQLite file) that search reads and indexing writes; created by the first index request.</summary>
    public string DatabasePath { get; init; } = "claims.db";

    /// <summary>The address to listen on: the loopback address unless someone chooses otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 lets the system pick a free one (see <see cref="KutipServer.Address"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The largest request body accepted, in bytes (default 8 MiB); a larger one is refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = 8L << 20;
}
