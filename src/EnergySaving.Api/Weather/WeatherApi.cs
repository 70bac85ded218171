using System.Text;
using System.Text.Json;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace EnergySaving.Api.Weather;

public static class WeatherApi
{
    /// <summary>Ten years of days fit in well under this, as CSV or JSON.</summary>
    public const long UploadLimitBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapWeather(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/weather-stations").WithTags("Weather").RequireAuthorization(Policies.ConsumptionUsers);

        group.MapGet("/", List).RequireAuthorization(Policies.CenterStaff)
            .WithName("ListWeatherStations").WithSummary("Weather stations with their number of days and first and last date (admin, analyst)");
        group.MapPut("/{code}", PutStation).RequireAuthorization(Policies.CenterStaff)
            .WithName("PutWeatherStation").WithSummary("Create a station or set its name, province and position (admin, analyst)");
        group.MapPut("/{code}/temperatures", PutTemperatures).RequireAuthorization(Policies.CenterStaff)
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimitBytes))
            .Accepts<TemperatureDay[]>("application/json", "text/csv")
            .WithName("PutTemperatures")
            .WithSummary("Upload daily mean temperatures (admin, analyst); creates the station when new; re-sending a date replaces it")
            .WithDescription("Body text/csv with header 'date,mean_c', or JSON [{ \"date\": \"YYYY-MM-DD\", \"meanC\": number }]. " +
                             "Any bad row gives 400 { errors: [{ row, column, message }] } and nothing is written.");
        group.MapGet("/{code}/temperatures", GetTemperatures)
            .WithName("GetTemperatures").WithSummary("Daily mean temperatures of a station between from and to (YYYY-MM-DD, inclusive)");
        return group;
    }

    private static async Task<Results<Ok<TemperatureUploadResult>, ValidationProblem, ProblemHttpResult>> PutTemperatures(
        string code, HttpRequest request, System.Security.Claims.ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!WeatherRules.IsValidCode(code, out var codeError)) return Problems.Field("code", codeError);
        var today = ProvinceClock.Today(clock);
        ParsedTemperatures parsed;
        if (IsCsv(request.ContentType))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            parsed = TemperatureUpload.ParseCsv(await reader.ReadToEndAsync(ct), today);
        }
        else if (request.HasJsonContentType())
        {
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body, default, ct);
            }
            catch (JsonException e)
            {
                return UploadProblem([new RowError(null, null, Message.Of("weather.upload.invalid-json", ("detail", ClientText.Excerpt(e.Message))))]);
            }
            using (document) parsed = TemperatureUpload.ParseJson(document.RootElement, today);
        }
        else
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, Message.Of("weather.content-type.unsupported"));
        }
        return await StoreAsync(code, parsed, user, db, clock, ct);
    }

    /// <summary>Stores parsed days of a station (the API and the upload page): every row or none, replaced values kept with who and when.</summary>
    public static async Task<Results<Ok<TemperatureUploadResult>, ValidationProblem, ProblemHttpResult>> StoreAsync(
        string code, ParsedTemperatures parsed, System.Security.Claims.ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!WeatherRules.IsValidCode(code, out var codeError)) return Problems.Field("code", codeError);
        if (parsed.Errors.Count > 0) return UploadProblem(parsed.Errors);
        await WeatherStore.UpsertTemperaturesAsync(db, code, parsed.Dates, parsed.MeansC, SubmittedBy.Of(user), clock.GetUtcNow(), ct);
        return TypedResults.Ok(new TemperatureUploadResult(parsed.Dates.Count));
    }

    private static async Task<Results<Ok<StationTemperatures>, ValidationProblem, ProblemHttpResult>> GetTemperatures(
        string code, EnergySavingDbContext db, CancellationToken ct, string? from = null, string? to = null)
    {
        var errors = new FieldErrors();
        var fromDate = DateOnly.MinValue;
        var toDate = DateOnly.MaxValue;
        if (!string.IsNullOrEmpty(from) && !TemperatureUpload.TryParseDate(from, out fromDate)) errors.Add("from", Message.Of("weather.from.invalid", ("value", ClientText.Excerpt(from))));
        if (!string.IsNullOrEmpty(to) && !TemperatureUpload.TryParseDate(to, out toDate)) errors.Add("to", Message.Of("weather.to.invalid", ("value", ClientText.Excerpt(to))));
        if (errors.Count == 0 && fromDate > toDate) errors.Add("from", Message.Of("weather.range.reversed", ("from", fromDate), ("to", toDate)));
        if (errors.Count > 0) return Problems.Validation(errors);

        var station = await db.WeatherStations.AsNoTracking().Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (station is not { } stationId) return Problems.NotFound(Message.Of("weather.station.not-found", ("code", ClientText.Excerpt(code))));
        var days = await db.DailyTemperatures.AsNoTracking()
            .Where(t => t.StationId == stationId && t.Date >= fromDate && t.Date <= toDate)
            .OrderBy(t => t.Date)
            .Select(t => new TemperatureDay(t.Date, t.MeanC))
            .ToListAsync(ct);
        return TypedResults.Ok(new StationTemperatures(code, days));
    }

    public static async Task<Ok<List<WeatherStationResponse>>> List(EnergySavingDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await Summaries(db, db.WeatherStations.OrderBy(s => s.Code)).ToListAsync(ct));

    private static async Task<Results<Created<WeatherStationResponse>, Ok<WeatherStationResponse>, ValidationProblem, ProblemHttpResult>> PutStation(
        string code, WeatherStationRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = WeatherRules.Validate(code, body);
        if (errors.Count > 0) return Problems.Validation(errors);
        var station = await db.WeatherStations.FirstOrDefaultAsync(s => s.Code == code, ct);
        if (station is null && await db.WeatherStations.Where(s => s.Code.ToLower() == code.ToLower()).Select(s => s.Code).FirstOrDefaultAsync(ct) is { } other)
            return Problems.Conflict(Message.Of("weather.station.exists", ("code", other)));
        var created = station is null;
        if (station is null) db.WeatherStations.Add(station = new WeatherStation { Code = code });
        WeatherRules.Apply(body, station);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict(Message.Of("weather.station.created-concurrently", ("code", code)));
        }
        var response = await Summaries(db, db.WeatherStations.Where(s => s.Code == code)).FirstAsync(ct);
        return created ? TypedResults.Created($"/api/weather-stations/{code}/temperatures", response) : TypedResults.Ok(response);
    }

    private static IQueryable<WeatherStationResponse> Summaries(EnergySavingDbContext db, IQueryable<WeatherStation> stations) =>
        stations.AsNoTracking().Select(s => new WeatherStationResponse(
            s.Code, s.Name, s.Province, s.Latitude, s.Longitude,
            db.DailyTemperatures.Count(t => t.StationId == s.Id),
            db.DailyTemperatures.Where(t => t.StationId == s.Id).Min(t => (DateOnly?)t.Date),
            db.DailyTemperatures.Where(t => t.StationId == s.Id).Max(t => (DateOnly?)t.Date)));

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals("application/csv", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult UploadProblem(IReadOnlyList<RowError> errors) =>
        UploadProblem(errors, Message.Of("weather.upload.rejected", ("problems", errors.Count)));

    private static ProblemHttpResult UploadProblem(IReadOnlyList<RowError> errors, Message detail)
    {
        var extensions = Problems.CodeOf(detail);
        extensions["errors"] = errors;
        return TypedResults.Problem(detail.Render(), statusCode: StatusCodes.Status400BadRequest, title: "The temperatures are not valid", extensions: extensions);
    }
}
