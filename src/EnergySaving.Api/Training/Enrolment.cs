using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

/// <summary>
/// Enrolling, correcting and withdrawing participants: the rules of a course's seats and of "the same
/// person", for the API and the course page alike. Each change locks the course row (CourseLock), so
/// concurrent enrolments cannot overfill a course.
/// </summary>
public static class Enrolment
{
    public static async Task<Results<Created<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> EnrollAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "id")] int courseId, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = ParticipantRules.Validate(body, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var facility = await FacilityOfAsync(db, body.FacilityId!.Value, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var course = await CourseLock.LockAsync(db, courseId, ct);
        if (course is null) return Problems.NotFound($"Course {courseId} not found.");
        if (facility is null) return Problems.Field("facilityId", $"Facility {body.FacilityId} does not exist.");
        if (course.Capacity is { } capacity && await db.Participants.Enrolled().CountAsync(p => p.CourseId == courseId, ct) >= capacity)
            return Problems.Conflict($"Course {courseId} is full ({capacity} participants).");

        var participant = ParticipantRules.Create(courseId, body);
        db.Participants.Add(participant);
        if (await SaveAsync(db, participant, courseId, ct) is { } problem) return problem;
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/training/courses/{courseId}/participants/{participant.Id}",
            ParticipantResponse.From(participant, facility.Value.Code, facility.Value.Name, personalData: true));
    }

    /// <summary>Corrects a participant's name, facility and contact details (the outcome is kept).</summary>
    public static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "id")] int courseId, int participantId, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = ParticipantRules.Validate(body, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var facility = await FacilityOfAsync(db, body.FacilityId!.Value, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await CourseLock.LockAsync(db, courseId, ct) is null) return Problems.NotFound($"Course {courseId} not found.");
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CourseId == courseId, ct);
        if (participant is null) return Problems.NotFound($"Participant {participantId} of course {courseId} not found.");
        if (facility is null) return Problems.Field("facilityId", $"Facility {body.FacilityId} does not exist.");

        ParticipantRules.Apply(body, participant);
        if (await SaveAsync(db, participant, courseId, ct) is { } problem) return problem;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(ParticipantResponse.From(participant, facility.Value.Code, facility.Value.Name, personalData: true));
    }

    /// <summary>Withdraws a participant: the record stays, marked, and the seat is free. A certificate holder cannot be withdrawn.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> WithdrawAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "id")] int courseId, int participantId, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await CourseLock.LockAsync(db, courseId, ct) is null) return Problems.NotFound($"Course {courseId} not found.");
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CourseId == courseId, ct);
        if (participant is null) return Problems.NotFound($"Participant {participantId} of course {courseId} not found.");
        if (participant.CertificateNumber is not null)
            return Problems.Conflict($"{participant.FullName} holds certificate {participant.CertificateNumber}: a certificate holder cannot be withdrawn.");
        if (!participant.Withdrawn)
        {
            participant.Withdrawn = true;
            participant.WithdrawnAt = clock.GetUtcNow();
            participant.WithdrawnBy = user.Identity?.Name ?? user.UserId();
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<(string Code, string Name)?> FacilityOfAsync(EnergySavingDbContext db, int facilityId, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.Code, f.Name }).FirstOrDefaultAsync(ct);
        return facility is null ? null : (facility.Code, facility.Name);
    }

    private static async Task<ProblemHttpResult?> SaveAsync(EnergySavingDbContext db, Participant participant, int courseId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"'{participant.FullName}' of facility {participant.FacilityId} is already enrolled in course {courseId}.");
        }
        catch (DbUpdateException e) when (e.IsForeignKeyViolation())
        {
            return TypedResults.Problem($"Facility {participant.FacilityId} does not exist.", statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
