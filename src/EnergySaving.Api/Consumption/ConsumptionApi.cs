using System.Security.Claims;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Auth;
using EnergySaving.Api.DataQuality;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Consumption;

public static class ConsumptionApi
{
    public static RouteGroupBuilder MapConsumption(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/facilities/{id:int}").WithTags("Monthly consumption")
            .RequireAuthorization(Policies.ConsumptionUsers);

        group.MapPut("/consumption/{month}", Put)
            .WithName("ReportMonth")
            .WithSummary("Report or correct a month's consumption; 201 first report, 200 correction or unchanged")
            .WithDescription("Each entry is converted to TOE with the official factor in force for the month. A correction keeps the earlier revision; the same content again changes nothing. "
                + EnergySaving.Core.Energy.ToeConverter.MonthlyLimitText);
        group.MapGet("/consumption", List)
            .WithName("ListMonths").WithSummary("Current months of a facility, from..to (YYYY-MM, inclusive)");
        group.MapGet("/consumption/{month}/revisions", Revisions)
            .WithName("MonthRevisions").WithSummary("Every revision of a month, oldest first, with who and when");
        group.MapGet("/annual/{year:int}", AnnualApi.Get)
            .WithName("AnnualTotals").WithSummary("A year's TOE in total and by carrier, months reported, key-facility status and SEC");
        return group;
    }

    public static async Task<Results<Created<MonthResponse>, Ok<MonthResponse>, ValidationProblem, ProblemHttpResult>> Put(
        int id, string month, MonthReportRequest body, ClaimsPrincipal user, MonthReporter reporter, CancellationToken ct)
    {
        var outcome = await reporter.ReportAsync(user, id, month, body, ct);
        // 201 for a first report, 200 otherwise; a refusal through the one adapter (400 with errorCodes, 404, 409 with code).
        return outcome switch
        {
            { Value: { Created: true, Month: var m } } => TypedResults.Created($"/api/facilities/{id}/consumption/{m.Month}", m),
            { Value: { Month: var m } } => TypedResults.Ok(m),
            { Refusal: { Errors: { } errors } } => Problems.Validation(errors),
            { Refusal: { Detail: { } detail } r } => Problems.Of(r.Status, detail),
            _ => throw new InvalidOperationException("A refusal has errors or a detail."),
        };
    }

    public static async Task<Results<Ok<MonthsResponse>, ValidationProblem, ProblemHttpResult>> List(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, ConsumptionReader reader, CancellationToken ct,
        string? from = null, string? to = null)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound(MonthReporter.FacilityNotFound(id));
        var errors = new FieldErrors();
        var fromMonth = TextChecks.EarliestDate;
        var toMonth = new DateOnly(TextChecks.LatestDate.Year, 12, 1);
        if (from is not null && !Month.TryParse(from, out fromMonth)) errors.Add("from", MonthParameter.Invalid(from));
        if (to is not null && !Month.TryParse(to, out toMonth)) errors.Add("to", MonthParameter.Invalid(to));
        if (errors.Count == 0 && fromMonth > toMonth) errors.Add("from", Message.Of("consumption.range.reversed", ("from", Month.Format(fromMonth)), ("to", Month.Format(toMonth))));
        if (errors.Count > 0) return Problems.Validation(errors);
        return TypedResults.Ok(new MonthsResponse(id, await reader.MonthsAsync(id, fromMonth, toMonth, ct)));
    }

    public static async Task<Results<Ok<List<RevisionResponse>>, ValidationProblem, ProblemHttpResult>> Revisions(
        int id, string month, ClaimsPrincipal user, EnergySavingDbContext db, ConsumptionReader reader, CancellationToken ct)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound(MonthReporter.FacilityNotFound(id));
        if (!Month.TryParse(month, out var first)) return Problems.Field("month", MonthParameter.Invalid(month));
        var revisions = await reader.RevisionsAsync(id, first, ct);
        return revisions.Count == 0 ? Problems.NotFound(Message.Of("consumption.month.not-reported", ("month", Month.Format(first)))) : TypedResults.Ok(revisions);
    }
}
