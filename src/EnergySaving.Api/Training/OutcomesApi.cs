using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Messages;
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
                             "Certificate numbers are unique across the service (409). Sending it again replaces the outcome; every " +
                             "outcome is kept in its history. Removing a certificate (passed: false or no certificate) is a revocation " +
                             "and needs revocationReason (400 otherwise).");
        training.MapGet("/courses/{id:int}/participants/{participantId:int}/outcome/revisions", Revisions).RequireAuthorization(Policies.TrainingWriters)
            .WithName("OutcomeRevisions").WithSummary("Every outcome recorded for the participant, oldest first, with who and when");
        return training;
    }

    private static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> Record(
        int id, int participantId, OutcomeRequest body, System.Security.Claims.ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock,
        CancellationToken ct) =>
        (await RecordAsync(id, participantId, body, user, db, clock, ct)).ToOk();

    public static async Task<Outcome<ParticipantResponse>> RecordAsync(
        int id, int participantId, OutcomeRequest body, System.Security.Claims.ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = OutcomeRules.Validate(body);
        if (errors.Count > 0) return Outcome<ParticipantResponse>.Invalid(errors);
        var row = await db.Participants.Where(p => p.Id == participantId && p.CourseId == id)
            .Join(db.Facilities, p => p.FacilityId, f => f.Id, (p, f) => new { Participant = p, f.Code, f.Name })
            .FirstOrDefaultAsync(ct);
        if (row is null) return Outcome<ParticipantResponse>.NotFound(Enrolment.ParticipantNotFound(participantId, id));
        var revocation = OutcomeRules.CheckRevocation(row.Participant, body);
        if (revocation.Count > 0) return Outcome<ParticipantResponse>.Invalid(revocation);
        var revokes = row.Participant.CertificateNumber is not null;
        OutcomeRules.Apply(body, row.Participant);
        revokes &= row.Participant.CertificateNumber is null;
        db.Set<OutcomeRevision>().Add(OutcomeRevision.Of(row.Participant, SubmittedBy.Of(user), clock.GetUtcNow(),
            revokes ? body.RevocationReason!.Trim() : null));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<ParticipantResponse>.Conflict(Message.Of("training.certificate.number-taken", ("number", row.Participant.CertificateNumber)));
        }
        return Outcome<ParticipantResponse>.Ok(ParticipantResponse.From(row.Participant, row.Code, row.Name, personalData: true));
    }

    private static async Task<Results<Ok<List<OutcomeRevisionResponse>>, ProblemHttpResult>> Revisions(
        int id, int participantId, EnergySavingDbContext db, CancellationToken ct)
    {
        if (!await db.Participants.AnyAsync(p => p.Id == participantId && p.CourseId == id, ct))
            return Problems.NotFound(Enrolment.ParticipantNotFound(participantId, id));
        return TypedResults.Ok(await db.Set<OutcomeRevision>().AsNoTracking().Where(r => r.ParticipantId == participantId).OrderBy(r => r.Id)
            .Select(r => new OutcomeRevisionResponse(r.RecordedAt, r.RecordedBy, r.Attended, r.ExamScore, r.Passed, r.CertificateNumber,
                r.CertificateIssuedOn, r.CertificateValidUntil, r.RevocationReason)).ToListAsync(ct));
    }
}
