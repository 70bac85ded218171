using System.Globalization;
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
        Code = c.Code, Title = c.Title, Kind = c.Kind, StartDate = TrainingForms.Iso(c.StartDate), EndDate = TrainingForms.Iso(c.EndDate),
        Location = c.Location, Organizer = c.Organizer, Capacity = c.Capacity?.ToString(CultureInfo.InvariantCulture),
    };

    public CourseRequest ToRequest(Dictionary<string, string[]> errors) => new(Code, Title, Kind,
        TrainingForms.ReadDate(StartDate, "startDate", errors), TrainingForms.ReadDate(EndDate, "endDate", errors),
        Location, Organizer, TrainingForms.ReadInt(Capacity, "capacity", errors));
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
        Email = p.Email, Phone = p.Phone, DateOfBirth = p.DateOfBirth is { } d ? TrainingForms.Iso(d) : null,
    };

    public ParticipantRequest ToRequest(Dictionary<string, string[]> errors) => new(FullName,
        TrainingForms.ReadInt(FacilityId, "facilityId", errors), Position, Email, Phone, TrainingForms.ReadDate(DateOfBirth, "dateOfBirth", errors));
}

public sealed class OutcomeInput
{
    public bool Attended { get; set; }
    public string? ExamScore { get; set; }
    public bool Passed { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CertificateIssuedOn { get; set; }
    public string? CertificateValidUntil { get; set; }

    public OutcomeRequest ToRequest(Dictionary<string, string[]> errors)
    {
        decimal? score = null;
        if (!string.IsNullOrWhiteSpace(ExamScore))
        {
            if (Show.TryReadNumber(ExamScore, out var s)) score = (decimal)s;
            else errors["examScore"] = [$"Not a number: write it as {Show.NumberExample}."];
        }
        return new(Attended, score, Passed, string.IsNullOrWhiteSpace(CertificateNumber) ? null : CertificateNumber,
            TrainingForms.ReadDate(CertificateIssuedOn, "certificateIssuedOn", errors), TrainingForms.ReadDate(CertificateValidUntil, "certificateValidUntil", errors));
    }
}

public static class TrainingForms
{
    /// <summary>Dates come from &lt;input type=date&gt;, which always sends YYYY-MM-DD whatever the language.</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ReadDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[field] = ["Not a date: use YYYY-MM-DD."];
        return null;
    }

    public static int? ReadInt(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.CurrentCulture, out var n)) return n;
        errors[field] = ["Not a whole number."];
        return null;
    }
}
