using System.Globalization;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Web;

namespace EnergySaving.Api.Training.Pages;

/// <summary>What a person typed in a training form, kept as text so that a refused form comes back as typed.</summary>
public sealed class CourseInput
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Location { get; set; }
    public string? Organizer { get; set; }
    public string? Capacity { get; set; }

    public static CourseInput From(CourseResponse c) => new()
    {
        Code = c.Code, Title = c.Title, Kind = c.Kind, StartDate = FormValues.Iso(c.StartDate), EndDate = FormValues.Iso(c.EndDate),
        Location = c.Location, Organizer = c.Organizer, Capacity = c.Capacity?.ToString(CultureInfo.InvariantCulture),
    };

    public CourseRequest ToRequest(FieldErrors errors) => new(Code, Title, Kind,
        FormValues.Date(StartDate, "startDate", errors), FormValues.Date(EndDate, "endDate", errors),
        Location, Organizer, FormValues.Int(Capacity, "capacity", errors));
}

public sealed class ParticipantInput
{
    public string? FullName { get; set; }
    public string? FacilityId { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? DateOfBirth { get; set; }

    public static ParticipantInput From(ParticipantResponse p) => new()
    {
        FullName = p.FullName, FacilityId = p.FacilityId.ToString(CultureInfo.InvariantCulture), Position = p.Position,
        Email = p.Email, Phone = p.Phone, DateOfBirth = p.DateOfBirth is { } d ? FormValues.Iso(d) : null,
    };

    public ParticipantRequest ToRequest(FieldErrors errors) => new(FullName,
        FormValues.Int(FacilityId, "facilityId", errors), Position, Email, Phone, FormValues.Date(DateOfBirth, "dateOfBirth", errors));
}

public sealed class OutcomeInput
{
    public bool Attended { get; set; }
    public string? ExamScore { get; set; }
    public bool Passed { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CertificateIssuedOn { get; set; }
    public string? CertificateValidUntil { get; set; }

    public OutcomeRequest ToRequest(FieldErrors errors)
    {
        decimal? score = FormValues.Number(ExamScore, "examScore", errors) is { } s ? (decimal)s : null;
        return new(Attended, score, Passed, string.IsNullOrWhiteSpace(CertificateNumber) ? null : CertificateNumber,
            FormValues.Date(CertificateIssuedOn, "certificateIssuedOn", errors), FormValues.Date(CertificateValidUntil, "certificateValidUntil", errors));
    }
}
