using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class TrainingSummaryApi
{
    public static RouteGroupBuilder MapTrainingSummary(this RouteGroupBuilder training)
    {
        training.MapGet("/summary", Summary)
            .WithName("TrainingSummary")
            .WithSummary("The year's training figures: courses (by start date), participants, distinct facilities, certified, by kind")
            .WithDescription("certified = participants of the year's courses holding a certificate; byKind lists every kind, zeros included.");
        return training;
    }

    private static async Task<Results<Ok<TrainingSummary>, ValidationProblem, ProblemHttpResult>> Summary(
        EnergySavingDbContext db, CancellationToken ct, string? year = null) =>
        (await SummaryAsync(db, ct, year)).ToOk();

    public static async Task<Outcome<TrainingSummary>> SummaryAsync(EnergySavingDbContext db, CancellationToken ct, string? year = null)
    {
        var errors = new FieldErrors();
        var y = CourseRules.ParseYear(year, required: true, errors);
        if (errors.Count > 0) return Outcome<TrainingSummary>.Invalid(errors);
        return Outcome<TrainingSummary>.Ok(await ComputeAsync(db, y!.Value, ct));
    }

    /// <summary>The year's training figures; also a section of the center's annual report.</summary>
    public static async Task<TrainingSummary> ComputeAsync(EnergySavingDbContext db, int year, CancellationToken ct)
    {
        var courses = await db.Courses.AsNoTracking().InYear(year).Select(c => new { c.Id, c.Kind }).ToListAsync(ct);
        var courseIds = courses.Select(c => c.Id).ToList();
        var participants = await db.Participants.AsNoTracking().Enrolled().Where(p => courseIds.Contains(p.CourseId))
            .Select(p => new { p.CourseId, p.FacilityId, Certified = p.Passed == true && p.CertificateNumber != null })
            .ToListAsync(ct);
        var kindOf = courses.ToDictionary(c => c.Id, c => c.Kind);
        var byKind = Enum.GetValues<CourseKind>()
            .Select(k => new KindSummary(k.ToApi(), courses.Count(c => c.Kind == k), participants.Count(p => kindOf[p.CourseId] == k)))
            .ToList();
        return new TrainingSummary(year, courses.Count, participants.Count,
            participants.Select(p => p.FacilityId).Distinct().Count(), participants.Count(p => p.Certified), byKind);
    }
}
