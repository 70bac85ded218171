using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Web;

/// <summary>
/// What a feature's typed result says, read by a page: the value, or the status and the field-named
/// errors. Pages call the very handlers the API maps (the same checks, queries and access rules) and
/// show their answer as HTML, so no rule is written twice.
/// </summary>
public sealed record FeatureAnswer<T>(T? Value, int Status, IReadOnlyDictionary<string, string[]> Errors, string? Detail)
{
    public bool Ok => Value is not null;

    public static FeatureAnswer<T> Of(IResult result) => result switch
    {
        INestedHttpResult nested => Of(nested.Result),
        // Problems first: they carry a value too (their ProblemDetails), which is not an answer.
        ValidationProblem v => new(default, 400, v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value), v.ProblemDetails.Detail),
        ProblemHttpResult p => new(default, p.StatusCode, Empty, p.ProblemDetails.Detail),
        IValueHttpResult<T> { Value: { } value } => new(value, (result as IStatusCodeHttpResult)?.StatusCode ?? 200, Empty, null),
        IValueHttpResult { Value: T value } => new(value, (result as IStatusCodeHttpResult)?.StatusCode ?? 200, Empty, null),
        IStatusCodeHttpResult s => new(default, s.StatusCode ?? 500, Empty, null),
        _ => new(default, 500, Empty, null),
    };

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}

public static class FeatureAnswer
{
    public static FeatureAnswer<T> Of<T>(IResult result) => FeatureAnswer<T>.Of(result);

    /// <summary>The file a feature answered (a ?format=csv|xlsx list, a Form 1.1), as a page's download; null when it answered something else.</summary>
    public static Microsoft.AspNetCore.Mvc.FileContentResult? File(IResult result) => result switch
    {
        INestedHttpResult nested => File(nested.Result),
        FileContentHttpResult f => new Microsoft.AspNetCore.Mvc.FileContentResult(f.FileContents.ToArray(), f.ContentType ?? "application/octet-stream")
            { FileDownloadName = f.FileDownloadName },
        _ => null,
    };
}
