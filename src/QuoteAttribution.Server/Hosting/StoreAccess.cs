using Microsoft.AspNetCore.Http;
using QuoteAttribution.Server.Api;
using QuoteAttribution.Store;

namespace QuoteAttribution.Server.Hosting;

/// <summary>
/// Opens the claim store for one request at a time: an <see cref="IClaimStore"/> is not thread-safe, so each reading
/// request opens its own read-only connection, and writes (indexing) take turns.
/// </summary>
/// <param name="path">The store: a SQLite file, or a PostgreSQL address (<see cref="ClaimStore.Open"/>).</param>
internal sealed class StoreAccess(string path) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The store file, as given to <c>--db</c>.</summary>
    public string Path { get; } = path;

    /// <summary>Opens the store for reading.</summary>
    /// <exception cref="ApiProblem">No store exists yet (404), or the file is not a claim store (500).</exception>
    public IClaimStore OpenForReading()
    {
        try
        {
            return ClaimStore.OpenReadOnly(Path);
        }
        catch (FileNotFoundException)
        {
            throw new ApiProblem(
                StatusCodes.Status404NotFound,
                "Empty claim store",
                $"the claim store '{Path}' holds nothing yet: index articles first (POST /api/index, or 'Add to the store' on the page)");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ApiProblem(StatusCodes.Status500InternalServerError, "Claim store unusable", e.Message);
        }
    }

    /// <summary>Runs <paramref name="write"/> on the store opened for writing (created when missing), one writer at a time.</summary>
    /// <exception cref="ApiProblem">The file is not a claim store or cannot be written.</exception>
    public async Task<T> WriteAsync<T>(Func<IClaimStore, T> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IClaimStore store;
            try
            {
                store = ClaimStore.Open(Path, create: true);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new ApiProblem(StatusCodes.Status500InternalServerError, "Claim store unusable", e.Message);
            }

            using (store)
            {
                return write(store);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
