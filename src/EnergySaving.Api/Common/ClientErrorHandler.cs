using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace EnergySaving.Api.Common;

/// <summary>
/// Turns what a client got wrong (malformed JSON, wrong types, a bad query parameter, a body too large, a wrong
/// content type) into a 4xx ProblemDetails in the request's language, with its codes: a 400 names the field
/// (the JSON path where the reader knows it, or the parameter) in <c>errors</c> and <c>errorCodes</c>, a 413 or
/// 415 carries <c>code</c> and <c>args</c>. Anything else is a genuine server fault and stays a 500.
/// </summary>
public sealed partial class ClientErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var culture = CultureOf(http);
        if (IsUnstorableText(exception))
        {
            // A safety net: rules reject control characters up front, but PostgreSQL must never turn one into a 500.
            return await WriteAsync(http, exception, culture, new FieldErrors("body", Message.Of("request.text.unstorable")));
        }
        if (exception is not BadHttpRequestException bad) return false;

        if (FindJsonException(bad) is { } json)
        {
            var path = JsonPath(json.Path) is { } p ? ClientText.Excerpt(p) : null;
            var message = path is null ? Message.Of("request.json.unreadable") : Message.Of("request.json.invalid-value", ("field", path));
            return await WriteAsync(http, exception, culture, new FieldErrors(path ?? "body", message));
        }
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestSizeGuard.DefaultLimitBytes;
                return await WriteAsync(http, exception, culture, status: bad.StatusCode, detail: RequestSizeGuard.TooLarge(limit));
            case StatusCodes.Status415UnsupportedMediaType:
                return await WriteAsync(http, exception, culture, status: bad.StatusCode,
                    detail: Message.Of("request.content-type.unsupported", ("contentType", ClientText.Excerpt(http.Request.ContentType ?? ""))));
            case StatusCodes.Status400BadRequest:
                return await WriteAsync(http, exception, culture, BadRequest(bad.Message));
            default:
                return await WriteAsync(http, exception, culture, status: bad.StatusCode, detail: Message.Of("request.unreadable"));
        }
    }

    /// <summary>
    /// A 400 of ASP.NET Core's parameter binding, by the field it names: a query or route value that does not
    /// parse, a required parameter left out, a body that is missing. Its sentences are the framework's (English,
    /// not for people): only the parameter's name and the value sent are read from them.
    /// </summary>
    private static FieldErrors BadRequest(string frameworkMessage)
    {
        var bind = FailedToBind().Match(frameworkMessage);
        if (bind.Success)
        {
            var name = bind.Groups["name"].Value;
            return new FieldErrors(name, Message.Of("request.parameter.invalid", ("field", name), ("value", ClientText.Excerpt(bind.Groups["value"].Value))));
        }
        var required = RequiredParameter().Match(frameworkMessage);
        if (required.Success)
        {
            return required.Groups["source"].Value == "body"
                ? new FieldErrors("body", Message.Of("request.body.missing"))
                : new FieldErrors(required.Groups["name"].Value, Message.Of("request.parameter.required", ("field", required.Groups["name"].Value)));
        }
        if (frameworkMessage.StartsWith("Implicit body inferred", StringComparison.Ordinal))
            return new FieldErrors("body", Message.Of("request.body.missing"));
        return new FieldErrors("request", Message.Of("request.unreadable"));
    }

    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "(?:[^"]* )?(?<name>[^" ]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex RequiredParameter();

    /// <summary>A 400 with coded field errors (<c>errors</c> and <c>errorCodes</c>, as <see cref="Problems.Validation"/>), or another status with one coded <paramref name="detail"/>.</summary>
    private async ValueTask<bool> WriteAsync(HttpContext http, Exception exception, CultureInfo culture, FieldErrors? errors = null,
        int status = StatusCodes.Status400BadRequest, Message? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = Problems.Title(status) };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors.Render(culture);
            problem.Extensions["errorCodes"] = errors.Codes();
            // The first field's message as the detail too, for clients that show only the detail.
            problem.Detail = errors.First().Value[0].Render(culture);
        }
        else if (detail is not null)
        {
            problem.Detail = detail.Render(culture);
            foreach (var (name, value) in Problems.CodeOf(detail)) problem.Extensions[name] = value;
        }
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The problems ASP.NET Core writes without an exception (the status-code pages of the API): a 415 of a JSON
    /// endpoint sent another content type gets its code and detail like the 415 written here. The others (401,
    /// 403, 404 of an unknown route, 405) stay as the framework writes them.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status415UnsupportedMediaType || problem.Extensions.ContainsKey("code")) return;
        var detail = Message.Of("request.content-type.unsupported", ("contentType", ClientText.Excerpt(context.HttpContext.Request.ContentType ?? "")));
        problem.Detail ??= detail.Render(CultureOf(context.HttpContext));
        foreach (var (name, value) in Problems.CodeOf(detail)) problem.Extensions[name] = value;
    }

    /// <summary>The request's language: the API's is set before the exception handler runs; a page's is the page culture, when it was read.</summary>
    private static CultureInfo CultureOf(HttpContext http) =>
        Web.WebSetup.IsPageRequest(http) && http.Features.Get<IRequestCultureFeature>() is { } page
            ? page.RequestCulture.UICulture
            : CultureInfo.CurrentUICulture;

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
}
