namespace EnergySaving.Api.Training;

/// <summary>Body of POST /api/training/courses/{id}/participants.</summary>
public sealed record ParticipantRequest(
    string? FullName,
    int? FacilityId,
    string? Position,
    string? Email,
    string? Phone,
    DateOnly? DateOfBirth);

/// <summary>Body of PUT …/participants/{participantId}/outcome. examScore is on a 0–100 scale (a 0–10 score fits too).</summary>
public sealed record OutcomeRequest(
    bool? Attended,
    decimal? ExamScore,
    bool? Passed,
    string? CertificateNumber,
    DateOnly? CertificateIssuedOn,
    DateOnly? CertificateValidUntil,
    string? RevocationReason = null);

/// <summary>One recorded outcome of a participant (GET …/outcome/revisions), oldest first.</summary>
public sealed record OutcomeRevisionResponse(DateTimeOffset RecordedAt, string RecordedBy, bool? Attended, decimal? ExamScore, bool? Passed,
    string? CertificateNumber, DateOnly? CertificateIssuedOn, DateOnly? CertificateValidUntil, string? RevocationReason);

/// <summary>A participant; email, phone and dateOfBirth are left out (null, so absent) for readers without access to personal data.</summary>
public sealed record ParticipantResponse(
    int Id,
    int CourseId,
    string FullName,
    int FacilityId,
    string? FacilityCode,
    string? FacilityName,
    string? Position,
    string? Email,
    string? Phone,
    DateOnly? DateOfBirth,
    bool? Attended,
    decimal? ExamScore,
    bool? Passed,
    string? CertificateNumber,
    DateOnly? CertificateIssuedOn,
    DateOnly? CertificateValidUntil,
    bool Withdrawn)
{
    public static ParticipantResponse From(Participant p, string? facilityCode, string? facilityName, bool personalData) => new(
        p.Id, p.CourseId, p.FullName, p.FacilityId, facilityCode, facilityName, p.Position,
        personalData ? p.Email : null, personalData ? p.Phone : null, personalData ? p.DateOfBirth : null,
        p.Attended, p.ExamScore, p.Passed, p.CertificateNumber, p.CertificateIssuedOn, p.CertificateValidUntil, p.Withdrawn);
}
