using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class ParticipantsApi
{
    public static RouteGroupBuilder MapParticipants(this RouteGroupBuilder training)
    {
        training.MapPost("/courses/{id:int}/participants", Enroll).RequireAuthorization(Policies.TrainingWriters)
            .WithName("EnrollParticipant")
            .WithSummary("Enroll a person of a facility (admin, trainer); 409 when the same person is already in the course or the course is full")
            .WithDescription("The same person = the same full name after trimming, collapsing spaces, Unicode NFC and ignoring case " +
                             "(diacritics count), from the same facility.");
        training.MapGet("/courses/{id:int}/participants", List)
            .WithName("ListParticipants")
            .WithSummary("The course's participants in enrolment order; email, phone and dateOfBirth only for trainers and admins");
        return training;
    }

    private static async Task<Results<Created<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> Enroll(
        int id, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = ParticipantRules.Validate(body, ProvinceClock.Today(clock));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == body.FacilityId)
            .Select(f => new { f.Code, f.Name }).FirstOrDefaultAsync(ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var course = await CourseLock.LockAsync(db, id, ct);
        if (course is null) return Problems.NotFound($"Course {id} not found.");
        if (facility is null) return Problems.Field("facilityId", $"Facility {body.FacilityId} does not exist.");
        if (course.Capacity is { } capacity && await db.Participants.CountAsync(p => p.CourseId == id, ct) >= capacity)
            return Problems.Conflict($"Course {id} is full ({capacity} participants).");

        var participant = ParticipantRules.Create(id, body);
        db.Participants.Add(participant);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"'{participant.FullName}' of facility {participant.FacilityId} is already enrolled in course {id}.");
        }
        catch (DbUpdateException e) when (e.IsForeignKeyViolation())
        {
            return Problems.Field("facilityId", $"Facility {body.FacilityId} does not exist.");
        }
        return TypedResults.Created($"/api/training/courses/{id}/participants/{participant.Id}",
            ParticipantResponse.From(participant, facility.Code, facility.Name, personalData: true));
    }

    private static async Task<Results<Ok<List<ParticipantResponse>>, ProblemHttpResult>> List(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound($"Course {id} not found.");
        var rows = await ParticipantQueries.OfCourseAsync(db, id, ct);
        var personal = user.SeesPersonalData();
        return TypedResults.Ok(rows.Select(r => ParticipantResponse.From(r.Participant, r.FacilityCode, r.FacilityName, personal)).ToList());
    }
}
