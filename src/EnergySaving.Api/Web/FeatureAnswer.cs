using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Web;

/// <summary>
/// A page that calls the very handler the API maps (the same checks, queries and access rules) reads its typed
/// result back as the one <see cref="Outcome{T}"/>: the value, or the <see cref="Refusal"/> with the codes the
/// handler's problem carried (<c>errorCodes</c>, <c>code</c>/<c>args</c>), which the page renders in its language
/// through <see cref="Refusal.ToPageErrors"/>. No rule is written twice, and no text is parsed back.
/// </summary>
public static class FeatureAnswer
{
    public static Outcome<T> Of<T>(IResult result) => result switch
    {
        INestedHttpResult nested => Of<T>(nested.Result),
        // Problems first: they carry a value too (their ProblemDetails), which is not an answer.
        ValidationProblem v => Outcome<T>.Refused(Refusal.Invalid(ErrorsOf(v.ProblemDetails))),
        ProblemHttpResult p => Outcome<T>.Refused(new Refusal(p.StatusCode, null, DetailOf(p.ProblemDetails))),
        IValueHttpResult<T> { Value: { } value } => Outcome<T>.Ok(value),
        IValueHttpResult { Value: T value } => Outcome<T>.Ok(value),
        IStatusCodeHttpResult { StatusCode: >= 400 and var status } => Outcome<T>.Refused(new Refusal(status, null, Message.Of("request.refused", ("status", status)))),
        IStatusCodeHttpResult { StatusCode: < 400 } => new Outcome<T>(default), // 204 and the like: done, no value
        _ => throw new InvalidOperationException($"A page read a handler's answer it does not know: {result.GetType().Name}."),
    };

    private static FieldErrors ErrorsOf(Microsoft.AspNetCore.Http.HttpValidationProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue("errorCodes", out var codes) && codes is Dictionary<string, Message[]> coded)
        {
            var errors = new FieldErrors();
            foreach (var (field, messages) in coded) foreach (var m in messages) errors.Add(field, m);
            return errors;
        }
        throw new InvalidOperationException("A validation problem without errorCodes: every 400 is built by Problems.Validation.");
    }

    private static Message DetailOf(Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        problem.Extensions.TryGetValue("code", out var code) && code is string c
            ? new Message(c, problem.Extensions.TryGetValue("args", out var a) && a is Dictionary<string, object?> args ? args.ToList() : null)
            : throw new InvalidOperationException("A problem without a code: every refusal is built by Problems.Of.");

    /// <summary>The file a feature answered (a ?format=csv|xlsx list, a Form 1.1), as a page's download; null when it answered something else.</summary>
    public static Microsoft.AspNetCore.Mvc.FileContentResult? File(IResult result) => result switch
    {
        INestedHttpResult nested => File(nested.Result),
        FileContentHttpResult f => new Microsoft.AspNetCore.Mvc.FileContentResult(f.FileContents.ToArray(), f.ContentType ?? "application/octet-stream")
            { FileDownloadName = f.FileDownloadName },
        _ => null,
    };
}
