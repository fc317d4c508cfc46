using Microsoft.AspNetCore.Http;

namespace QuoteAttribution.Server.Api;

/// <summary>
/// A request the API refuses, with the status and a message that names the problem; the <c>/api</c> group's filter turns
/// it into a JSON problem details response (RFC 9457).
/// </summary>
/// <param name="status">The HTTP status code (400, 404, 413, 415, …).</param>
/// <param name="title">A short, fixed summary of the kind of problem.</param>
/// <param name="detail">What exactly is wrong with this request.</param>
/// <param name="errors">Each bad input item, as <c>source:line: problem</c>, when there are several.</param>
internal sealed class ApiProblem(int status, string title, string detail, IReadOnlyList<string>? errors = null) : Exception(detail)
{
    /// <summary>The HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>The problem's title.</summary>
    public string Title { get; } = title;

    /// <summary>Each bad input item, or null.</summary>
    public IReadOnlyList<string>? Errors { get; } = errors;

    /// <summary>A 400 for a missing or malformed parameter.</summary>
    public static ApiProblem BadParameter(string detail) => new(StatusCodes.Status400BadRequest, "Bad parameter", detail);

    /// <summary>The problem details response.</summary>
    public IResult ToResult() => Results.Problem(
        detail: Message,
        statusCode: Status,
        title: Title,
        extensions: Errors is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = Errors });
}
