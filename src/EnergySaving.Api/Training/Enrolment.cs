using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

/// <summary>
/// Enrolling, correcting and withdrawing participants: the rules of a course's seats and of "the same
/// person", for the API and the course page alike. Each change locks the course row (CourseLock), so
/// concurrent enrolments cannot overfill a course.
/// </summary>
public static class Enrolment
{
    public static async Task<Outcome<ParticipantResponse>> EnrollAsync(
        int courseId, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = ParticipantRules.Validate(body, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0) return Outcome<ParticipantResponse>.Invalid(errors);
        var facility = await FacilityOfAsync(db, body.FacilityId!.Value, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var course = await CourseLock.LockAsync(db, courseId, ct);
        if (course is null) return Outcome<ParticipantResponse>.NotFound(CoursesApi.NotFound(courseId));
        if (facility is null) return Outcome<ParticipantResponse>.Invalid("facilityId", ParticipantRules.FacilityUnknown(body.FacilityId.Value));
        if (course.Capacity is { } capacity && await db.Participants.Enrolled().CountAsync(p => p.CourseId == courseId, ct) >= capacity)
            return Outcome<ParticipantResponse>.Conflict(Message.Of("training.course.full", ("id", courseId), ("capacity", capacity)));

        var participant = ParticipantRules.Create(courseId, body);
        db.Participants.Add(participant);
        if (await SaveAsync(db, participant, courseId, ct) is { } refusal) return refusal;
        await tx.CommitAsync(ct);
        return Outcome<ParticipantResponse>.Ok(ParticipantResponse.From(participant, facility.Value.Code, facility.Value.Name, personalData: true));
    }

    /// <summary>Corrects a participant's name, facility and contact details (the outcome is kept).</summary>
    public static async Task<Outcome<ParticipantResponse>> UpdateAsync(
        int courseId, int participantId, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = ParticipantRules.Validate(body, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0) return Outcome<ParticipantResponse>.Invalid(errors);
        var facility = await FacilityOfAsync(db, body.FacilityId!.Value, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await CourseLock.LockAsync(db, courseId, ct) is null) return Outcome<ParticipantResponse>.NotFound(CoursesApi.NotFound(courseId));
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CourseId == courseId, ct);
        if (participant is null) return Outcome<ParticipantResponse>.NotFound(ParticipantNotFound(participantId, courseId));
        if (facility is null) return Outcome<ParticipantResponse>.Invalid("facilityId", ParticipantRules.FacilityUnknown(body.FacilityId.Value));

        ParticipantRules.Apply(body, participant);
        if (await SaveAsync(db, participant, courseId, ct) is { } refusal) return refusal;
        await tx.CommitAsync(ct);
        return Outcome<ParticipantResponse>.Ok(ParticipantResponse.From(participant, facility.Value.Code, facility.Value.Name, personalData: true));
    }

    /// <summary>Withdraws a participant: the record stays, marked, and the seat is free. A certificate holder cannot be withdrawn.</summary>
    public static async Task<Outcome<bool>> WithdrawAsync(
        int courseId, int participantId, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await CourseLock.LockAsync(db, courseId, ct) is null) return Outcome<bool>.NotFound(CoursesApi.NotFound(courseId));
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CourseId == courseId, ct);
        if (participant is null) return Outcome<bool>.NotFound(ParticipantNotFound(participantId, courseId));
        if (participant.CertificateNumber is not null)
            return Outcome<bool>.Conflict(Message.Of("training.participant.certificate-holder",
                ("name", participant.FullName), ("certificate", participant.CertificateNumber)));
        if (!participant.Withdrawn)
        {
            participant.Withdrawn = true;
            participant.WithdrawnAt = clock.GetUtcNow();
            participant.WithdrawnBy = user.Identity?.Name ?? user.UserId();
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    public static Message ParticipantNotFound(int participantId, int courseId) =>
        Message.Of("training.participant.not-found", ("participantId", participantId), ("courseId", courseId));

    private static async Task<(string Code, string Name)?> FacilityOfAsync(EnergySavingDbContext db, int facilityId, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.Code, f.Name }).FirstOrDefaultAsync(ct);
        return facility is null ? null : (facility.Code, facility.Name);
    }

    private static async Task<Refusal?> SaveAsync(EnergySavingDbContext db, Participant participant, int courseId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Refusal.Conflict(Message.Of("training.participant.already-enrolled",
                ("name", participant.FullName), ("facilityId", participant.FacilityId), ("courseId", courseId)));
        }
        catch (DbUpdateException e) when (e.IsForeignKeyViolation())
        {
            // The facility was deleted between the check and the insert.
            return Refusal.Invalid(new FieldErrors("facilityId", ParticipantRules.FacilityUnknown(participant.FacilityId)));
        }
    }
}
