using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class OutcomesApi
{
    public static RouteGroupBuilder MapOutcomes(this RouteGroupBuilder training)
    {
        training.MapPut("/courses/{id:int}/participants/{participantId:int}/outcome", Record).RequireAuthorization(Policies.TrainingWriters)
            .WithName("RecordOutcome")
            .WithSummary("Record attendance, exam score (0–100), result and certificate (admin, trainer)")
            .WithDescription("A certificate (number and issue date; valid-until optional) only with passed: true (400). " +
                             "Certificate numbers are unique across the service (409). Sending it again replaces the outcome.");
        return training;
    }

    public static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> Record(
        int id, int participantId, OutcomeRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = OutcomeRules.Validate(body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var row = await db.Participants.Where(p => p.Id == participantId && p.CourseId == id)
            .Join(db.Facilities, p => p.FacilityId, f => f.Id, (p, f) => new { Participant = p, f.Code, f.Name })
            .FirstOrDefaultAsync(ct);
        if (row is null) return Problems.NotFound($"Participant {participantId} of course {id} not found.");
        OutcomeRules.Apply(body, row.Participant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"Certificate number '{row.Participant.CertificateNumber}' is already issued to another participant.");
        }
        return TypedResults.Ok(ParticipantResponse.From(row.Participant, row.Code, row.Name, personalData: true));
    }
}
