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
        training.MapPut("/courses/{id:int}/participants/{participantId:int}", Update).RequireAuthorization(Policies.TrainingWriters)
            .WithName("UpdateParticipant")
            .WithSummary("Correct a participant's name, facility or contact details (admin, trainer); same body as enrolment");
        training.MapDelete("/courses/{id:int}/participants/{participantId:int}", Withdraw).RequireAuthorization(Policies.TrainingWriters)
            .WithName("WithdrawParticipant")
            .WithSummary("Withdraw a participant (admin, trainer): the record stays marked withdrawn, the seat is freed; 409 for a certificate holder");
        training.MapGet("/courses/{id:int}/participants", List)
            .WithName("ListParticipants")
            .WithSummary("The course's participants in enrolment order; email, phone and dateOfBirth only for trainers and admins; ?format=csv|xlsx");
        return training;
    }

    private static async Task<Results<Created<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> Enroll(
        int id, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await Enrolment.EnrollAsync(id, body, db, clock, ct)).ToCreated(p => $"/api/training/courses/{id}/participants/{p.Id}");

    private static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> Update(
        int id, int participantId, ParticipantRequest body, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await Enrolment.UpdateAsync(id, participantId, body, db, clock, ct)).ToOk();

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        int id, int participantId, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var o = await Enrolment.WithdrawAsync(id, participantId, user, db, clock, ct);
        return o.IsOk ? TypedResults.NoContent() : Problems.Of(o.Refusal!.Status, o.Refusal.Detail!);
    }

    public static async Task<Results<Ok<List<ParticipantResponse>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> List(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct, string? format = null)
    {
        if (Spreadsheets.ListExport.CheckFormat(format) is { } badFormat) return badFormat;
        var o = await ListAsync(id, user, db, ct);
        if (!o.IsOk) return Problems.Of(o.Refusal!.Status, o.Refusal.Detail!);
        return format is "csv" or "xlsx" ? Spreadsheets.ListExport.File(format, $"course-{id}-participants", o.Value!, ExportColumns) : TypedResults.Ok(o.Value!);
    }

    /// <summary>The course's participants in enrolment order; personal data only for those who see it.</summary>
    public static async Task<Outcome<List<ParticipantResponse>>> ListAsync(int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == id, ct)) return Outcome<List<ParticipantResponse>>.NotFound(CoursesApi.NotFound(id));
        var rows = await ParticipantQueries.OfCourseAsync(db, id, ct);
        var personal = user.SeesPersonalData();
        return Outcome<List<ParticipantResponse>>.Ok(rows.Select(r => ParticipantResponse.From(r.Participant, r.FacilityCode, r.FacilityName, personal)).ToList());
    }

    /// <summary>?format=csv|xlsx: the same rows and fields as the JSON (personal data only for those who see it there).</summary>
    private static readonly Spreadsheets.ExportColumn<ParticipantResponse>[] ExportColumns =
    [
        new("id", p => p.Id), new("full_name", p => p.FullName), new("facility_id", p => p.FacilityId), new("facility_code", p => p.FacilityCode),
        new("facility_name", p => p.FacilityName), new("position", p => p.Position), new("email", p => p.Email), new("phone", p => p.Phone),
        new("date_of_birth", p => p.DateOfBirth), new("attended", p => p.Attended), new("exam_score", p => p.ExamScore), new("passed", p => p.Passed),
        new("certificate_number", p => p.CertificateNumber), new("certificate_issued_on", p => p.CertificateIssuedOn),
        new("certificate_valid_until", p => p.CertificateValidUntil), new("withdrawn", p => p.Withdrawn),
    ];
}
