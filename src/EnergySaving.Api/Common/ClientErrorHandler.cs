using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EnergySaving.Api.Common;

/// <summary>
/// Turns what a client got wrong (malformed JSON, wrong types, a body too large, a wrong content
/// type) into a 4xx ProblemDetails, naming the JSON path where the reader knows it. Anything else is
/// a genuine server fault and stays a 500.
/// </summary>
public sealed class ClientErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (IsUnstorableText(exception))
        {
            // A safety net: rules reject control characters up front, but PostgreSQL must never turn one into a 500.
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Bad request.",
                    Detail = "The request contains text that cannot be stored (for example a NUL character).",
                },
            });
        }
        if (exception is not BadHttpRequestException bad) return false;

        var problem = new ProblemDetails { Status = bad.StatusCode, Title = TitleFor(bad.StatusCode), Detail = bad.Message };
        if (FindJsonException(bad) is { } json)
        {
            var path = JsonPath(json.Path);
            problem.Title = "The request body is not valid JSON for this endpoint.";
            problem.Detail = $"Could not read the JSON body{(path is null ? "" : $" at '{path}'")}.";
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [path ?? "body"] = [json.Message.Split(". Path:")[0]],
            };
        }
        http.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>PostgreSQL's "character not in repertoire" / "untranslatable character" (NUL in text, broken UTF-8).</summary>
    private static bool IsUnstorableText(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is Npgsql.PostgresException { SqlState: "22021" or "22P05" }) return true;
        return false;
    }

    private static JsonException? FindJsonException(Exception e)
    {
        for (var x = e.InnerException; x is not null; x = x.InnerException)
            if (x is JsonException j) return j;
        return null;
    }

    /// <summary>"$.entries[1].unit" → "entries[1].unit".</summary>
    private static string? JsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported content type.",
        _ => "Bad request.",
    };
}
