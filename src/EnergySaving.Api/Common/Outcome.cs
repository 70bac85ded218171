using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Common;

/// <summary>
/// Why a feature refused a request: 400 with coded errors by field, or another status (404, 409, 413, 415, 429)
/// with one coded message. One shape for every feature; <see cref="ToResult"/> is its one HTTP adapter and
/// <see cref="ToPageErrors"/> its one page adapter.
/// </summary>
public sealed record Refusal(int Status, FieldErrors? Errors, Message? Detail)
{
    public static Refusal Invalid(FieldErrors errors) => new(StatusCodes.Status400BadRequest, errors, null);
    public static Refusal NotFound(Message detail) => new(StatusCodes.Status404NotFound, null, detail);
    public static Refusal Conflict(Message detail) => new(StatusCodes.Status409Conflict, null, detail);

    /// <summary>The refusal as RFC 9457 problem details in the request's language: a 400 with <c>errors</c> and
    /// <c>errorCodes</c>, any other status with <c>detail</c>, <c>code</c> and <c>args</c>.</summary>
    public IResult ToResult() => Errors is not null ? Problems.Validation(Errors) : Problems.Of(Status, Detail!);

    /// <summary>The refusal as a page's field errors in the page's language: each field's texts, and a refusal
    /// without fields (a conflict) under <paramref name="detailField"/>, where the page shows it.</summary>
    public Dictionary<string, string[]> ToPageErrors(string detailField) =>
        Errors is not null ? Errors.Render() : new() { [detailField] = [Detail!.Render()] };
}

/// <summary>What a feature service answers: a value, or a <see cref="Refusal"/>. API handlers and pages share the
/// service: the API maps the outcome with <see cref="ToOk"/>/<see cref="ToCreated"/>, a page with
/// <see cref="Refusal.ToPageErrors"/>.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal = null)
{
    public bool IsOk => Refusal is null;

    /// <summary>The status a page answers with: 200, or the refusal's.</summary>
    public int Status => Refusal?.Status ?? StatusCodes.Status200OK;

    /// <summary>The refusal's texts by field for a page (none when ok); a refusal without fields goes under <paramref name="detailField"/>.</summary>
    public IReadOnlyDictionary<string, string[]> PageErrors(string detailField) =>
        Refusal?.ToPageErrors(detailField) ?? new Dictionary<string, string[]>();

    public static Outcome<T> Ok(T value) => new(value);
    public static Outcome<T> Invalid(FieldErrors errors) => new(default, Common.Refusal.Invalid(errors));
    public static Outcome<T> Invalid(string field, Message message) => Invalid(new FieldErrors(field, message));
    public static Outcome<T> NotFound(Message detail) => new(default, Common.Refusal.NotFound(detail));
    public static Outcome<T> Conflict(Message detail) => new(default, Common.Refusal.Conflict(detail));
    public static Outcome<T> Refused(Refusal refusal) => new(default, refusal);

    /// <summary>The same refusal as an outcome of another type (only call when not <see cref="IsOk"/>).</summary>
    public Outcome<TOther> As<TOther>() => new(default, Refusal);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    /// <summary>200 with the value, or the refusal: typed, so OpenAPI describes every answer.</summary>
    public Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk() => Refusal switch
    {
        null => TypedResults.Ok(Value!),
        { Errors: { } errors } => Problems.Validation(errors),
        { Detail: { } detail } r => Problems.Of(r.Status, detail),
        _ => throw new InvalidOperationException("A refusal has errors or a detail."),
    };

    /// <summary>201 with the value at the location <paramref name="location"/> builds, or the refusal.</summary>
    public Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated(Func<T, string> location) => Refusal switch
    {
        null => TypedResults.Created(location(Value!), Value!),
        { Errors: { } errors } => Problems.Validation(errors),
        { Detail: { } detail } r => Problems.Of(r.Status, detail),
        _ => throw new InvalidOperationException("A refusal has errors or a detail."),
    };

    /// <summary>The refusal as a typed result, for handlers (only call when not <see cref="IsOk"/>).</summary>
    public IResult Failure() => Refusal!.ToResult();
}
