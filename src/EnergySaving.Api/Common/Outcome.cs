using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Common;

/// <summary>What a feature service answers: a value, field-named errors (400), not found (404) or a conflict (409).
/// Pages and API handlers share the service and map the outcome each their own way.</summary>
public sealed record Outcome<T>(T? Value, Dictionary<string, string[]>? Errors = null, string? NotFoundDetail = null, string? ConflictDetail = null)
{
    public bool IsOk => Errors is null && NotFoundDetail is null && ConflictDetail is null;

    public static Outcome<T> Ok(T value) => new(value);
    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(default, errors);
    public static Outcome<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] });
    public static Outcome<T> NotFound(string detail) => new(default, NotFoundDetail: detail);
    public static Outcome<T> Conflict(string detail) => new(default, ConflictDetail: detail);

    /// <summary>200 with the value, or the failure: typed, so OpenAPI describes every answer.</summary>
    public Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk()
    {
        if (Errors is not null) return TypedResults.ValidationProblem(Errors);
        if (NotFoundDetail is not null) return Problems.NotFound(NotFoundDetail);
        if (ConflictDetail is not null) return Problems.Conflict(ConflictDetail);
        return TypedResults.Ok(Value!);
    }

    /// <summary>201 with the value at the location <paramref name="location"/> builds, or the failure.</summary>
    public Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated(Func<T, string> location)
    {
        if (Errors is not null) return TypedResults.ValidationProblem(Errors);
        if (NotFoundDetail is not null) return Problems.NotFound(NotFoundDetail);
        if (ConflictDetail is not null) return Problems.Conflict(ConflictDetail);
        return TypedResults.Created(location(Value!), Value!);
    }

    /// <summary>The failure as a typed result, for handlers (only call when not <see cref="IsOk"/>).</summary>
    public IResult Failure() =>
        Errors is not null ? TypedResults.ValidationProblem(Errors)
        : NotFoundDetail is not null ? Problems.NotFound(NotFoundDetail)
        : Problems.Conflict(ConflictDetail!);
}
