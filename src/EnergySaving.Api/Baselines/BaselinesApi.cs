using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines;

public static class BaselinesApi
{
    public const int MaxFacilityIds = 100_000;

    public static void MapBaselines(this IEndpointRouteBuilder routes)
    {
        var runs = routes.MapGroup("/api/baselines/runs").WithTags("Baselines").RequireAuthorization(Policies.CenterStaff);
        runs.MapPost("/", StartRun).WithName("StartBaselineRun")
            .WithSummary("Start a baseline run over the given facilities, or all (admin, analyst); the work runs as Hangfire jobs");
        runs.MapGet("/{runId:guid}", GetRun).WithName("GetBaselineRun").WithSummary("Progress of a baseline run (admin, analyst)");

        var facility = routes.MapGroup("/api/facilities/{id:int}").WithTags("Baselines");
        facility.MapGet("/baseline", GetBaseline).RequireAuthorization(Policies.ConsumptionUsers)
            .WithName("GetFacilityBaseline").WithSummary("The facility's current baseline, SEC and savings (reporters: own facilities); 404 before the first run");
        facility.MapPut("/baseline-period", PutPeriod).RequireAuthorization(Policies.CenterStaff)
            .WithName("PutBaselinePeriod").WithSummary("Set the facility's baseline period, 12 to 36 months (admin, analyst); used by the next run");

        routes.MapGet("/api/key-facilities", FlagsApi.KeyFacilities).WithTags("Baselines").RequireAuthorization(Policies.CenterStaff)
            .WithName("GetKeyFacilities").WithSummary("Key facilities of a year, from the last run's flags (admin, analyst)");
        routes.MapGet("/api/support-candidates", FlagsApi.Candidates).WithTags("Baselines").RequireAuthorization(Policies.CenterStaff)
            .WithName("GetSupportCandidates").WithSummary("Industrial facilities under 1,000 TOE ranked by estimated savings potential, with reasons (admin, analyst)");
    }

    public static async Task<Results<Accepted<RunStarted>, ValidationProblem, ProblemHttpResult>> StartRun(
        StartRunRequest? body, ClaimsPrincipal user, EnergySavingDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var starter = services.GetService<BaselineRunStarter>();
        if (starter is null)
        {
            var disabled = Message.Of("baseline.run.jobs-disabled");
            return TypedResults.Problem(disabled.Render(), statusCode: StatusCodes.Status503ServiceUnavailable, title: "Jobs disabled",
                extensions: Problems.CodeOf(disabled));
        }
        int[] ids;
        if (body?.FacilityIds is { } requested)
        {
            if (requested.Length == 0) return Problems.Field("facilityIds", Message.Of("baseline.run.facility-ids-empty"));
            if (requested.Length > MaxFacilityIds) return Problems.Field("facilityIds", Message.Of("baseline.run.facility-ids-too-many", ("max", MaxFacilityIds)));
            ids = requested.Distinct().ToArray();
            var known = await db.Facilities.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
            var unknown = ids.Except(known).Order().Take(20).ToList();
            if (unknown.Count > 0) return Problems.Field("facilityIds", Message.Of("baseline.run.facility-ids-unknown", ("ids", unknown)));
        }
        else
        {
            ids = await db.Facilities.Select(f => f.Id).ToArrayAsync(ct);
        }
        var run = await starter.StartAsync(ids, SubmittedBy.Of(user), "manual", ct);
        return TypedResults.Accepted($"/api/baselines/runs/{run.Id}", new RunStarted(run.Id, run.Status));
    }

    public static async Task<Results<Ok<RunProgress>, ProblemHttpResult>> GetRun(Guid runId, EnergySavingDbContext db, CancellationToken ct)
    {
        var run = await db.BaselineRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return Problems.NotFound(Message.Of("baseline.run.not-found", ("runId", runId.ToString())));
        var errors = await db.BaselineRunErrors.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.FacilityId)
            .Select(e => new { e.FacilityId, e.Message }).ToListAsync(ct);
        return TypedResults.Ok(new RunProgress(run.Id, run.Status, run.FacilitiesTotal, run.FacilitiesDone, run.FacilitiesUnchanged,
            run.StartedAt, run.FinishedAt, errors.Select(e => new RunErrorDto(e.FacilityId, StoredMessages.ReadOne(e.Message))).ToList()));
    }

    public static async Task<Results<Ok<BaselineResponse>, ProblemHttpResult>> GetBaseline(int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound(Message.Of("facility.not-found", ("id", id)));
        var row = await db.FacilityBaselines.AsNoTracking().FirstOrDefaultAsync(b => b.FacilityId == id, ct);
        if (row is null) return Problems.NotFound(Message.Of("baseline.not-yet", ("id", id)));
        return TypedResults.Ok(BaselineRecords.ToResponse(row));
    }

    public static async Task<Results<Ok<BaselinePeriodResponse>, ValidationProblem, ProblemHttpResult>> PutPeriod(
        int id, BaselinePeriodRequest? body, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Facilities.AnyAsync(f => f.Id == id, ct)) return Problems.NotFound(Message.Of("facility.not-found", ("id", id)));
        if (body is null) return Problems.Field("from", Message.Of("baseline.period.body-missing"));
        if (!Month.TryParse(body.From, out var from)) return Problems.Field("from", Message.Of("baseline.period.not-a-month", ("value", ClientText.Excerpt(body.From))));
        if (!Month.TryParse(body.To, out var to)) return Problems.Field("to", Message.Of("baseline.period.not-a-month", ("value", ClientText.Excerpt(body.To))));
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        if (months is < 12 or > 36)
            return Problems.Field("to", Message.Of("baseline.period.length", ("from", Month.Format(from)), ("to", Month.Format(to)), ("months", months),
                ("min", Core.Baselines.BaselinePeriod.MinMonths), ("max", Core.Baselines.BaselinePeriod.MaxMonths)));
        var today = ProvinceClock.Today(clock);
        if (to > new DateOnly(today.Year, today.Month, 1)) return Problems.Field("to", Message.Of("baseline.period.in-future", ("month", Month.Format(to))));

        var row = await db.BaselinePeriods.FirstOrDefaultAsync(p => p.FacilityId == id, ct);
        if (row is null) db.BaselinePeriods.Add(row = new BaselinePeriodSetting { FacilityId = id, SetBy = "" });
        row.From = from;
        row.To = to;
        row.SetBy = SubmittedBy.Of(user);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new BaselinePeriodResponse(id, Month.Format(from), Month.Format(to)));
    }
}
