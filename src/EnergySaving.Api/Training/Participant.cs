namespace EnergySaving.Api.Training;

/// <summary>
/// A person from a facility enrolled in a course, with the outcome once the trainer enters it.
/// Email, phone and date of birth are personal data (Decree 13/2023): only trainers and admins see them.
/// </summary>
public sealed class Participant
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int FacilityId { get; set; }

    /// <summary>As entered, in NFC with whitespace collapsed.</summary>
    public required string FullName { get; set; }

    /// <summary><see cref="Core.Training.NameNormalizer.Key"/> of the name: unique per course and facility.</summary>
    public required string NormalizedName { get; set; }

    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Null until the outcome is entered.</summary>
    public bool? Attended { get; set; }
    public decimal? ExamScore { get; set; }
    public bool? Passed { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateIssuedOn { get; set; }

    /// <summary>Null: valid without end date.</summary>
    public DateOnly? CertificateValidUntil { get; set; }

    /// <summary>Withdrawn from the course: the record stays, the seat is free, summaries leave it out.</summary>
    public bool Withdrawn { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnBy { get; set; }
}

public static class ParticipantFilters
{
    /// <summary>The participants who count: in a course's seats, its lists' totals and the year's summary.</summary>
    public static IQueryable<Participant> Enrolled(this IQueryable<Participant> participants) => participants.Where(p => !p.Withdrawn);
}
