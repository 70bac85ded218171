using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Common;

/// <summary>RFC 9457 problem results used across features, their texts rendered in the request's language and
/// their codes beside them (<c>code</c> and <c>args</c>; <c>errorCodes</c> for a 400).</summary>
public static class Problems
{
    public static ProblemHttpResult Conflict(Message detail) => Of(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult NotFound(Message detail) => Of(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult BadRequest(Message detail) => Of(StatusCodes.Status400BadRequest, detail);

    /// <summary>A problem of <paramref name="status"/> whose detail is <paramref name="detail"/>, with its code and args.</summary>
    public static ProblemHttpResult Of(int status, Message detail) =>
        TypedResults.Problem(detail.Render(), statusCode: status, title: Title(status), extensions: CodeOf(detail));

    /// <summary>The <c>code</c> and <c>args</c> members of a problem whose detail is <paramref name="detail"/>.</summary>
    public static Dictionary<string, object?> CodeOf(Message detail)
    {
        var members = new Dictionary<string, object?> { ["code"] = detail.Code };
        if (detail.Args.Count > 0) members["args"] = detail.Args.ToDictionary(a => a.Key, a => a.Value);
        return members;
    }

    public static ValidationProblem Field(string field, Message message) => Validation(new FieldErrors(field, message));

    /// <summary>400 with <c>errors</c> (texts) and <c>errorCodes</c> (codes), the same fields in the same order.</summary>
    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.Render(), extensions: new Dictionary<string, object?> { ["errorCodes"] = errors.Codes() });

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Payload too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        _ => "Error",
    };
}
