using EnergySaving.Core.Messages;
using EnergySaving.Api.Common.Messages;
using Microsoft.AspNetCore.Http.HttpResults;

// TRANSITION ONLY: English sentences not yet converted to codes. Deleted when every feature writes codes.
namespace EnergySaving.Api.Common;

public static partial class Problems
{
    public static ProblemHttpResult Conflict(string detail) => Conflict(MessageJsonConverter.Legacy(detail));
    public static ProblemHttpResult NotFound(string detail) => NotFound(MessageJsonConverter.Legacy(detail));
    public static ProblemHttpResult BadRequest(string detail) => BadRequest(MessageJsonConverter.Legacy(detail));
    public static ValidationProblem Field(string field, string message) => Field(field, MessageJsonConverter.Legacy(message));
    public static Messages.FieldErrors Legacy(Dictionary<string, string[]> errors)
    {
        var e = new Messages.FieldErrors();
        foreach (var (f, ms) in errors) foreach (var m in ms) e.Add(f, MessageJsonConverter.Legacy(m));
        return e;
    }
}

public sealed partial record Outcome<T>
{
    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => Invalid(Problems.Legacy(errors));
    public static Outcome<T> Invalid(string field, string message) => Invalid(field, MessageJsonConverter.Legacy(message));
    public static Outcome<T> NotFound(string detail) => NotFound(MessageJsonConverter.Legacy(detail));
    public static Outcome<T> Conflict(string detail) => Conflict(MessageJsonConverter.Legacy(detail));
    public Dictionary<string, string[]>? Errors => Refusal?.Errors?.Render();
    public string? NotFoundDetail => Refusal is { Status: 404, Detail: { } d } ? d.Render() : null;
    public string? ConflictDetail => Refusal is { Status: 409, Detail: { } d } ? d.Render() : null;
}

public static partial class TextChecks
{
    public static void Add(this Dictionary<string, string[]> errors, string field, string message) => errors.TryAdd(field, [message]);
    public static void CheckText(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (TextError(field, value, max) is { } error) errors.Add(field, error.Render());
    }
    public static void CheckMultilineText(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (TextError(field, value, max, multiline: true) is { } error) errors.Add(field, error.Render());
    }
    public static void CheckRequired(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, Message.Of("text.required", ("field", field)).Render());
        else errors.CheckText(field, value, max);
    }
    public static void CheckDate(this Dictionary<string, string[]> errors, string field, DateOnly? value)
    {
        if (DateError(field, value) is { } e) errors.Add(field, e.Render());
    }
}
