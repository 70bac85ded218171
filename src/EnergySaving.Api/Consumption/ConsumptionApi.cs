using System.Security.Claims;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Auth;
using EnergySaving.Api.DataQuality;
using EnergySaving.Api.Common;
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
            .WithDescription("Each entry is converted to TOE with the official factor in force for the month. A correction keeps the earlier revision; the same content again changes nothing.");
        group.MapGet("/consumption", List)
            .WithName("ListMonths").WithSummary("Current months of a facility, from..to (YYYY-MM, inclusive)");
        group.MapGet("/consumption/{month}/revisions", Revisions)
            .WithName("MonthRevisions").WithSummary("Every revision of a month, oldest first, with who and when");
        group.MapGet("/annual/{year:int}", AnnualApi.Get)
            .WithName("AnnualTotals").WithSummary("A year's TOE in total and by carrier, months reported, key-facility status and SEC");
        return group;
    }

    public static async Task<Results<Created<MonthResponse>, Ok<MonthResponse>, ValidationProblem, ProblemHttpResult>> Put(
        int id, string month, MonthReportRequest body, ClaimsPrincipal user, EnergySavingDbContext db,
        NpgsqlDataSource dataSource, MonthReportRules rules, ConsumptionReader reader, TimeProvider clock, CancellationToken ct)
    {
        var facility = await db.VisibleFacilities(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return Problems.NotFound($"Facility {id} not found.");
        if (MonthParameter.Check(month, clock, out var first) is { } monthError) return monthError;

        var (entries, errors) = rules.Check(facility, first, body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        ConsumptionMerge.Outcome outcome;
        List<Finding> findings;
        await using (var conn = await dataSource.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await using var staging = await ConsumptionStaging.BeginAsync(conn, ct);
            foreach (var entry in entries) staging.Add(entry);
            await staging.CompleteAsync(ct);
            if (await MonthLock.FindLockedAsync(conn, ct) is [var locked, ..]) return Problems.Conflict(MonthLock.Message(locked.Month));
            outcome = await ConsumptionMerge.MergeAsync(conn, staging, user.Identity?.Name ?? user.UserId(), clock.GetUtcNow(), ct);
            findings = await DataQualityEvaluator.ForStagedAsync(conn, ct);
            await tx.CommitAsync(ct);
        }

        var current = (await reader.MonthsAsync(id, first, first, ct)).Single() with { Warnings = DataQualityService.Warnings(findings) };
        return outcome.MonthsCreated == 1
            ? TypedResults.Created($"/api/facilities/{id}/consumption/{month}", current)
            : TypedResults.Ok(current);
    }

    public static async Task<Results<Ok<MonthsResponse>, ValidationProblem, ProblemHttpResult>> List(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, ConsumptionReader reader, CancellationToken ct,
        string? from = null, string? to = null)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound($"Facility {id} not found.");
        var errors = new Dictionary<string, string[]>();
        var fromMonth = new DateOnly(1990, 1, 1);
        var toMonth = new DateOnly(9999, 12, 1);
        if (from is not null && !Month.TryParse(from, out fromMonth)) errors["from"] = ["Use YYYY-MM."];
        if (to is not null && !Month.TryParse(to, out toMonth)) errors["to"] = ["Use YYYY-MM."];
        if (errors.Count == 0 && fromMonth > toMonth) errors["from"] = ["from must not be after to."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(new MonthsResponse(id, await reader.MonthsAsync(id, fromMonth, toMonth, ct)));
    }

    public static async Task<Results<Ok<List<RevisionResponse>>, ValidationProblem, ProblemHttpResult>> Revisions(
        int id, string month, ClaimsPrincipal user, EnergySavingDbContext db, ConsumptionReader reader, CancellationToken ct)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound($"Facility {id} not found.");
        if (!Month.TryParse(month, out var first)) return Problems.Field("month", $"'{month}' is not a month: use YYYY-MM.");
        var revisions = await reader.RevisionsAsync(id, first, ct);
        return revisions.Count == 0 ? Problems.NotFound($"No report for {month}.") : TypedResults.Ok(revisions);
    }
}
